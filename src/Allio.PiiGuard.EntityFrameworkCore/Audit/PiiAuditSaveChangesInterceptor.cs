using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Allio.PiiGuard.EntityFrameworkCore.Audit;

/// <summary>
/// The action log of ordinary entities (§4.1.5): on <c>SaveChanges</c> every personal member of an added, modified or
/// deleted row is reported as collection, update or destruction, with the entity, member, kind, subject reference and
/// ambient purpose, never the value. Events are gathered before the save and reported once it succeeded.
/// </summary>
public sealed class PiiAuditSaveChangesInterceptor : SaveChangesInterceptor
{
    private static readonly AsyncLocal<bool> Suppressed = new();
    private readonly ConditionalWeakTable<DbContext, PendingActions> pending = [];
    private readonly ConditionalWeakTable<DbContext, EventHandler<DetectedChangesEventArgs>> armed = [];

    internal PiiAuditSaveChangesInterceptor(PiiGuardEntityFrameworkOptions options) => Options = options;

    internal PiiGuardEntityFrameworkOptions Options { get; }

    /// <summary>Inside the scope, saves are not reported: subject rights and retention report their own actions.</summary>
    internal static SuppressionScope Suppress()
    {
        var previous = Suppressed.Value;
        Suppressed.Value = true;
        return new SuppressionScope(previous);
    }

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Arm(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Arm(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    /// <inheritdoc />
    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void SaveChangesCanceled(DbContextEventData eventData) => Discard(eventData.Context);

    /// <inheritdoc />
    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Arms the gathering of events. <c>SaveChanges</c> calls interceptors before it detects changes, so reading the
    /// entries here would detect every change twice (the dominant cost on large saves); with automatic detection on,
    /// events are gathered when detection completes instead, and again if a later detection (another interceptor's)
    /// finds more, so the last one, <c>SaveChanges</c>' own, decides.
    /// </summary>
    private void Arm(DbContext? context)
    {
        if (context is null || Suppressed.Value || Options.Sink is null)
        {
            return;
        }

        var tracker = context.ChangeTracker;
        if (!tracker.AutoDetectChangesEnabled)
        {
            Gather(context);
            return;
        }

        if (!armed.TryGetValue(context, out _))
        {
            EventHandler<DetectedChangesEventArgs> handler = (_, _) => Gather(context);
            armed.AddOrUpdate(context, handler);
            tracker.DetectedAllChanges += handler;
        }
    }

    /// <summary>Reads the tracked entries as they are (detection has just run or is off) into the pending actions.</summary>
    private void Gather(DbContext context)
    {
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var actions = Actions(tracker);
            if (actions is null)
            {
                pending.Remove(context);
            }
            else
            {
                pending.AddOrUpdate(context, actions);
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private PendingActions? Actions(ChangeTracker tracker)
    {
        var timestamp = Options.TimeProvider.GetUtcNow();
        var purpose = PiiAudit.CurrentPurpose;
        PendingActions? actions = null;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is (EntityState.Added or EntityState.Modified or EntityState.Deleted) && PiiEntity.Find(entry.Metadata) is { } entity)
            {
                AddEvents(entry, entity, ref actions, purpose, timestamp);
            }
        }

        actions?.StartNaming();
        return actions;
    }

    /// <summary>Adds one event per personal member the row's change touched.</summary>
    private void AddEvents(EntityEntry entry, PiiEntity entity, ref PendingActions? actions, string? purpose, DateTimeOffset timestamp)
    {
        int? subject = null;
        foreach (var column in entity.Members)
        {
            var action = entry.State switch
            {
                EntityState.Added => PiiAction.Collection,
                EntityState.Deleted => PiiAction.Destruction,
                _ when column.Property is not null && entry.Property(column.Property).IsModified => PiiAction.Update,
                _ => (PiiAction?)null,
            };
            if (action is not { } done)
            {
                continue;
            }

            actions ??= new PendingActions(Options.SubjectReferenceKey);
            subject ??= SubjectKeyOf(entry, entity) is { } key ? actions.AddSubject(key) : -1;
            actions.Add(new PiiAuditEvent(done, entity.EntityType.ClrType, column.Member.Name, column.Member.Kind, purpose, timestamp), subject.Value);
        }
    }

    private static object? SubjectKeyOf(EntityEntry entry, PiiEntity entity)
    {
        if (entity.SubjectKey is not { } key)
        {
            return null;
        }

        var property = entry.Property(key);
        return entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
    }

    private void Flush(DbContext? context)
    {
        Disarm(context);
        if (context is null || !pending.TryGetValue(context, out var actions))
        {
            return;
        }

        pending.Remove(context);
        if (Options.Sink is { } sink)
        {
            foreach (var auditEvent in actions.Complete())
            {
                sink.Record(auditEvent);
            }
        }
    }

    private void Discard(DbContext? context)
    {
        Disarm(context);
        if (context is not null)
        {
            pending.Remove(context);
        }
    }

    private void Disarm(DbContext? context)
    {
        if (context is not null && armed.TryGetValue(context, out var handler))
        {
            armed.Remove(context);
            context.ChangeTracker.DetectedAllChanges -= handler;
        }
    }

    /// <summary>Ends <see cref="Suppress"/>.</summary>
    internal readonly struct SuppressionScope(bool previous) : IDisposable
    {
        public void Dispose() => Suppressed.Value = previous;
    }
}
