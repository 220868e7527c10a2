namespace Allio.PiiGuard.EntityFrameworkCore.Benchmarks;

/// <summary>A sink that only counts, so the benchmarks measure PiiGuard's work and not a sink's.</summary>
internal sealed class CountingSink : IPiiAuditSink
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public void Record(in PiiAuditEvent auditEvent) => Interlocked.Increment(ref count);
}
