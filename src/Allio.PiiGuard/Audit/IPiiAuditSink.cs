namespace Allio.PiiGuard;

/// <summary>Receives audit events; set one with <see cref="PiiAudit.Sink"/>.</summary>
/// <remarks>Called on the thread that touched the data: keep it fast and never throw.</remarks>
public interface IPiiAuditSink
{
    /// <summary>Records one event.</summary>
    void Record(in PiiAuditEvent auditEvent);
}
