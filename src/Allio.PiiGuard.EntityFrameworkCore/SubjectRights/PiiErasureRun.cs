using Allio.PiiGuard.EntityFrameworkCore.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>
/// One erasure or purge in progress: deletes or overwrites rows on the context, counts what it did per entity and
/// holds the audit events until the transaction is committed, so that only what happened is reported.
/// </summary>
internal sealed class PiiErasureRun(DbContext context)
{
    private readonly List<PiiAuditEvent> events = [];
    private readonly Dictionary<PiiEntity, (int Deleted, int Erased, SortedSet<string> Members)> done = [];

    public PiiGuardEntityFrameworkOptions Options { get; } = context.PiiGuardOptions();

    public DateTimeOffset Now { get; } = context.PiiGuardOptions().TimeProvider.GetUtcNow();

    /// <summary>Deletes the row: every personal member is destroyed with it.</summary>
    public void Delete(PiiEntity entity, object row)
    {
        var entry = context.Entry(row);
        var subject = SubjectOf(entity, entry);
        context.Remove(row);
        Count(entity, deleted: 1, erased: 0, entity.Members, PiiAction.Destruction, subject);
    }

    /// <summary>Overwrites <paramref name="columns"/> of the row with their erased values; members already erased are left alone.</summary>
    public void Overwrite(PiiEntity entity, object row, IEnumerable<PiiColumn> columns)
    {
        var entry = context.Entry(row);
        var subject = SubjectOf(entity, entry);
        var overwritten = new List<PiiColumn>();
        foreach (var column in columns)
        {
            if (column.Property is null)
            {
                continue;
            }

            var property = entry.Property(column.Property);
            var erased = ErasedValue(column.Property);
            if (!Equals(property.CurrentValue, erased))
            {
                property.CurrentValue = erased;
                overwritten.Add(column);
            }
        }

        if (overwritten.Count > 0)
        {
            Count(entity, deleted: 0, erased: 1, overwritten, PiiAction.Erasure, subject);
        }
    }

    /// <summary>Saves the changes without the interceptor reporting them a second time.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        using (PiiAuditSaveChangesInterceptor.Suppress())
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reports the actions (after the commit) and returns what was done.</summary>
    public PiiErasureReport Complete()
    {
        if (Options.Sink is { } sink)
        {
            foreach (var auditEvent in events)
            {
                sink.Record(auditEvent);
            }
        }

        return new PiiErasureReport([.. done.Select(pair => new PiiEntityErasure(pair.Key.Name, pair.Value.Deleted, pair.Value.Erased, [.. pair.Value.Members]))]);
    }

    private void Count(PiiEntity entity, int deleted, int erased, IEnumerable<PiiColumn> columns, PiiAction action, string? subject)
    {
        var (d, e, members) = done.TryGetValue(entity, out var counts) ? counts : (0, 0, new SortedSet<string>(StringComparer.Ordinal));
        foreach (var column in columns)
        {
            members.Add(column.Member.Name);
            events.Add(new PiiAuditEvent(action, entity.EntityType.ClrType, column.Member.Name, column.Member.Kind, PiiAudit.CurrentPurpose, Now, subject));
        }

        done[entity] = (d + deleted, e + erased, members);
    }

    private string? SubjectOf(PiiEntity entity, EntityEntry entry) =>
        entity.SubjectKey is { } key ? Options.ReferenceOf(entry.Property(key).CurrentValue) : null;

    /// <summary>What an erased column holds: null where allowed, the string tombstone, a value type's default, an empty collection.</summary>
    private static object? ErasedValue(IProperty property) =>
        property.IsNullable ? null
        : property.ClrType == typeof(string) ? PiiErasure.StringTombstone
        : property.ClrType.IsValueType ? property.Sentinel
        : Activator.CreateInstance(property.ClrType)
            ?? throw new InvalidOperationException($"{property.DeclaringType.ClrType.Name}.{property.Name} cannot be overwritten; erase its rows with PiiErasureMode.Delete.");
}
