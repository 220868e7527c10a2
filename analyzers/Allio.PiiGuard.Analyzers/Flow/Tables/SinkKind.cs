namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>Where a sink sends what it receives; each flow rule owns one kind.</summary>
internal enum SinkKind
{
    /// <summary>Logs, console, debug and trace output (PII001).</summary>
    Log,
    /// <summary>Exception messages (PII007).</summary>
    Exception,
    /// <summary>URLs, query strings, route values, cookies and response headers (PII012).</summary>
    Http,
    /// <summary>Trace tags, baggage, events and metric tags (PII013).</summary>
    Telemetry,
    /// <summary>Serializers and ASP.NET Core results that write an object member by member (PII002).</summary>
    Serialization,
    /// <summary>HTTP calls whose URL host the policy may map to a recipient (PII003, PII004).</summary>
    Transfer,
}
