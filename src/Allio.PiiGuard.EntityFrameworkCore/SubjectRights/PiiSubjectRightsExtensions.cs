using Microsoft.EntityFrameworkCore;

namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>
/// The data subject's rights over a whole database: access (§5.4 of the seed policy, 152-FZ art. 14, GDPR art. 15)
/// and erasure on withdrawal of consent (§5.3, 152-FZ art. 21 part 5, GDPR art. 17). Every entity with a subject key
/// (<see cref="PiiSubjectAttribute"/> or <c>HasPiiSubject</c>) and a generated descriptor takes part.
/// </summary>
public static class PiiSubjectRightsExtensions
{
    /// <summary>Everything held about the subject, grouped by entity; each member disclosed is reported as a transfer.</summary>
    public static async Task<PiiSubjectExport> ExportSubjectAsync(this DbContext context, object subjectKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(subjectKey);
        var options = context.PiiGuardOptions();
        var now = options.TimeProvider.GetUtcNow();
        var subject = options.ReferenceOf(subjectKey);
        var sink = options.Sink;
        var entities = new List<PiiEntityExport>();
        foreach (var entity in PiiEntity.Of(context.Model).Where(entity => entity.SubjectKey is not null))
        {
            var rows = await entity.SubjectRowsAsync(context, subjectKey, tracked: false, cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                continue;
            }

            var records = rows.ConvertAll(row => new PiiRecordExport(
                [.. entity.Descriptor.Members.Select(member => new PiiMemberExport(member.Name, member.Kind, member.Purposes, member.Retention, member.GetBoxedValue(row)))]));
            entities.Add(new PiiEntityExport(entity.Name, entity.EntityType.GetTableName(), records));

            if (sink is not null)
            {
                foreach (var member in records.SelectMany(_ => entity.Descriptor.Members))
                {
                    sink.Record(new PiiAuditEvent(PiiAction.Transfer, entity.EntityType.ClrType, member.Name, member.Kind, PiiAudit.CurrentPurpose, now, subject));
                }
            }
        }

        return new PiiSubjectExport(entities);
    }

    /// <summary>
    /// Erases everything held about the subject in one transaction (the context's current one, or a new one): rows
    /// of entities configured with <see cref="PiiErasureMode.Delete"/> (the default) are deleted, the personal
    /// columns of the others are overwritten. Each member destroyed or erased is reported once the transaction commits.
    /// </summary>
    public static async Task<PiiErasureReport> EraseSubjectAsync(this DbContext context, object subjectKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(subjectKey);
        var run = new PiiErasureRun(context);
        await InTransactionAsync(context, async () =>
        {
            foreach (var entity in PiiEntity.Of(context.Model).Where(entity => entity.SubjectKey is not null))
            {
                foreach (var row in await entity.SubjectRowsAsync(context, subjectKey, tracked: true, cancellationToken).ConfigureAwait(false))
                {
                    if (entity.Erasure == PiiErasureMode.Delete)
                    {
                        run.Delete(entity, row);
                    }
                    else
                    {
                        run.Overwrite(entity, row, entity.Members);
                    }
                }
            }

            await run.SaveAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return run.Complete();
    }

    /// <summary>
    /// Retention (152-FZ art. 5 part 7): in every entity configured with <c>HasPiiRetention</c>, the personal members
    /// whose <c>Retention</c> duration has passed since the row's timestamp are erased, or the row is deleted when
    /// all of them have and the entity expires by <see cref="PiiErasureMode.Delete"/>. Members kept
    /// <c>until-consent-withdrawn</c> (or any other policy word) are left to withdrawal.
    /// </summary>
    public static async Task<PiiErasureReport> PurgeExpiredAsync(this DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = new PiiErasureRun(context);
        await InTransactionAsync(context, async () =>
        {
            foreach (var entity in PiiEntity.Of(context.Model).Where(entity => entity.RetentionFrom is not null))
            {
                var limited = entity.Members
                    .Select(column => (Column: column, Period: PiiRetentionPeriod.Parse(column.Member.Retention)))
                    .Where(pair => pair.Period is not null)
                    .Select(pair => (pair.Column, Cutoff: pair.Period!.CutoffAt(run.Now)))
                    .ToList();
                if (limited.Count == 0)
                {
                    continue;
                }

                var latest = limited.Max(pair => pair.Cutoff);
                foreach (var row in await entity.RowsStampedBeforeAsync(context, latest, cancellationToken).ConfigureAwait(false))
                {
                    var stamp = StampOf(context.Entry(row).Property(entity.RetentionFrom!).CurrentValue);
                    var expired = limited.Where(pair => stamp < pair.Cutoff).Select(pair => pair.Column).ToList();
                    if (entity.Expiry == PiiErasureMode.Delete && expired.Count == entity.Members.Count)
                    {
                        run.Delete(entity, row);
                    }
                    else if (expired.Count > 0)
                    {
                        run.Overwrite(entity, row, expired);
                    }
                }
            }

            await run.SaveAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        return run.Complete();
    }

    private static DateTimeOffset StampOf(object? value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        _ => DateTimeOffset.MaxValue,
    };

    /// <summary>Runs <paramref name="work"/> in the context's current transaction, or in a new one it commits.</summary>
    private static async Task InTransactionAsync(DbContext context, Func<Task> work, CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is not null)
        {
            await work().ConfigureAwait(false);
            return;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await work().ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
