namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// How messages name a sink (<c>ILogger.LogInformation</c>, <c>new Uri</c>, <c>IHeaderDictionary[...]</c>), kept in
/// its parts: most matched calls write no personal data, so the text is joined only when a finding needs it.
/// </summary>
internal readonly struct SinkName
{
    private readonly string _owner;
    private readonly string _separator;
    private readonly string _member;

    /// <param name="owner">The sink's type as messages name it (<c>ILogger</c>), or <c>new</c>.</param>
    /// <param name="separator">What stands between the two: <c>.</c>, a space, or an indexer's <c>[...]</c>.</param>
    /// <param name="member">The member called or assigned, or the type constructed; empty for an indexer.</param>
    public SinkName(string owner, string separator, string member)
    {
        _owner = owner;
        _separator = separator;
        _member = member;
    }

    /// <summary>A name already spelled out.</summary>
    public static SinkName Of(string text) => new(text, string.Empty, string.Empty);

    /// <summary>The name as messages show it.</summary>
    public string Text => _owner + _separator + _member;
}
