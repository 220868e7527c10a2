using System.Collections.Concurrent;

namespace Allio.PiiGuard;

/// <summary>Keeps events in memory, in arrival order; for tests and diagnostics.</summary>
public sealed class InMemoryPiiAuditSink : IPiiAuditSink
{
    private readonly ConcurrentQueue<PiiAuditEvent> events = new();

    /// <summary>The events recorded so far.</summary>
    public IReadOnlyList<PiiAuditEvent> Events => events.ToArray();

    /// <inheritdoc />
    public void Record(in PiiAuditEvent auditEvent) => events.Enqueue(auditEvent);

    /// <summary>Forgets every event.</summary>
    public void Clear()
    {
        while (events.TryDequeue(out _))
        {
        }
    }
}
