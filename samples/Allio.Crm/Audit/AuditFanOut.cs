using Allio.PiiGuard;

namespace Allio.Crm.Audit;

/// <summary>Hands every audit event to several sinks: the application log and the database's action log.</summary>
internal sealed class AuditFanOut(params IPiiAuditSink[] sinks) : IPiiAuditSink
{
    public void Record(in PiiAuditEvent auditEvent)
    {
        foreach (var sink in sinks)
        {
            sink.Record(auditEvent);
        }
    }
}
