#if NET8_0_OR_GREATER
using Microsoft.Extensions.Logging;

namespace Allio.PiiGuard;

/// <summary>Writes audit events to an <see cref="ILogger"/> as structured entries (no values, only names).</summary>
public sealed class LoggerPiiAuditSink : IPiiAuditSink
{
    private static readonly Action<ILogger, PiiAction, string, string, PiiKind, string, Exception?> Write =
        LoggerMessage.Define<PiiAction, string, string, PiiKind, string>(
            LogLevel.Information,
            new EventId(5401, "PiiAudit"),
            "PII {PiiAction} {PiiType}.{PiiMember} ({PiiKind}) for purpose {PiiPurpose}");

    private readonly ILogger logger;

    /// <summary>The log category of the sink built from a logger factory (the DI path).</summary>
    public const string Category = "Allio.PiiGuard.Audit";

    /// <summary>Creates a sink writing to <paramref name="logger"/>.</summary>
    public LoggerPiiAuditSink(ILogger logger) => this.logger = logger;

    /// <summary>Creates a sink writing to the <see cref="Category"/> category; the constructor DI uses.</summary>
    public LoggerPiiAuditSink(ILoggerFactory loggerFactory)
        : this(loggerFactory.CreateLogger(Category))
    {
    }

    /// <inheritdoc />
    public void Record(in PiiAuditEvent auditEvent)
        => Write(logger, auditEvent.Action, auditEvent.Type.FullName ?? auditEvent.Type.Name, auditEvent.Member,
            auditEvent.Kind, auditEvent.Purpose ?? "(none)", null);
}
#endif
