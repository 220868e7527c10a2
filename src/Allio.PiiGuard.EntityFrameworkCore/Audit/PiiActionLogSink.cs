using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Allio.PiiGuard.EntityFrameworkCore.Audit;

/// <summary>
/// An audit sink that writes the action log to the table <see cref="PiiModelBuilderExtensions.ActionLogTable"/> of the
/// application's own database. <see cref="Record"/> only queues the event (the sink contract: fast, never throws);
/// one background writer saves queued events in batches through a context of its own, so it waits for, and never
/// deadlocks with, the transaction that caused them.
/// </summary>
public sealed class PiiActionLogSink : IPiiAuditSink, IAsyncDisposable, IDisposable
{
    private const int MaxAttempts = 5;
    private readonly Func<DbContext> createContext;
    private readonly Channel<PiiAuditEvent> queue = Channel.CreateUnbounded<PiiAuditEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;
    private long recorded;
    private long settled;
    private long dropped;

    /// <summary>Creates the sink.</summary>
    /// <param name="createContext">A new context whose model maps the action log (<c>modelBuilder.UsePiiGuard()</c>); the sink disposes it.</param>
    public PiiActionLogSink(Func<DbContext> createContext)
    {
        this.createContext = createContext ?? throw new ArgumentNullException(nameof(createContext));
        writer = Task.Run(WriteAsync);
    }

    /// <summary>Events that could not be written after several attempts (the database was unreachable); zero when all is well.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>The last write failure, or null.</summary>
    public Exception? LastError { get; private set; }

    /// <inheritdoc />
    public void Record(in PiiAuditEvent auditEvent)
    {
        Interlocked.Increment(ref recorded);
        if (!queue.Writer.TryWrite(auditEvent))
        {
            // Only after disposal: the event is counted as settled so that FlushAsync does not wait for it.
            Interlocked.Increment(ref dropped);
            Interlocked.Increment(ref settled);
        }
    }

    /// <summary>Waits until every event recorded before the call is in the table (or dropped); for readers of the log.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var target = Interlocked.Read(ref recorded);
        while (Interlocked.Read(ref settled) < target)
        {
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes what is queued and stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer.ConfigureAwait(false);
    }

    /// <summary>Writes what is queued and stops the writer (for containers disposed synchronously).</summary>
    public void Dispose()
    {
        queue.Writer.TryComplete();
        writer.GetAwaiter().GetResult();
    }

    private async Task WriteAsync()
    {
        var batch = new List<PiiActionLogEntry>();
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < 500 && queue.Reader.TryRead(out var auditEvent))
            {
                batch.Add(PiiActionLogEntry.From(auditEvent));
            }

            if (!await TrySaveAsync(batch).ConfigureAwait(false))
            {
                Interlocked.Add(ref dropped, batch.Count);
            }

            Interlocked.Add(ref settled, batch.Count);
            batch.Clear();
        }
    }

    private async Task<bool> TrySaveAsync(List<PiiActionLogEntry> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var context = createContext();
                context.Set<PiiActionLogEntry>().AddRange(batch);
                await context.SaveChangesAsync().ConfigureAwait(false);
                return true;
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                // The table may not exist yet (the app creates its database at start-up) or the file is locked: retry a few times.
                LastError = exception;
                foreach (var entry in batch)
                {
                    entry.Id = 0;
                }

                if (attempt == MaxAttempts)
                {
                    return false;
                }

                await Task.Delay(50 * attempt).ConfigureAwait(false);
            }
        }
    }
}
