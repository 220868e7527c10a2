namespace Allio.Crm.Tests;

/// <summary>One log record as every sink would see it: formatted message, structured state, scopes, exception.</summary>
public sealed record CapturedLog(
    string Category,
    int EventId,
    string Message,
    IReadOnlyDictionary<string, string?> State,
    IReadOnlyList<string> Scopes,
    string? Exception)
{
    /// <summary>The sample's own audit record with this event id (framework categories reuse the small ids).</summary>
    public bool IsAppEvent(int eventId) => EventId == eventId && Category.StartsWith("Allio.Crm.", StringComparison.Ordinal);

    /// <summary>Every piece of text the record carries, where a raw value must never show up.</summary>
    public IEnumerable<string> AllText() =>
        new[] { Message, Exception ?? string.Empty }
            .Concat(State.Values.Select(value => value ?? string.Empty))
            .Concat(Scopes);
}
