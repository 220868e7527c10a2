namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>What code form a sink row matches.</summary>
internal enum SinkShape
{
    /// <summary>A method call (static, instance or extension).</summary>
    Call,
    /// <summary><c>new T(...)</c> of the type or a subclass.</summary>
    Construction,
    /// <summary>An assignment to a property or indexer of the type (<c>"this[]"</c> names the indexer, <c>"*"</c> any property).</summary>
    Assignment,
}
