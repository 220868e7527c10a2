using Allio.Crm.Storage;
using Allio.PiiGuard;
using Allio.PiiGuard.EntityFrameworkCore;
using Allio.PiiGuard.EntityFrameworkCore.Audit;
using Microsoft.EntityFrameworkCore;

namespace Allio.Crm.Endpoints;

/// <summary>
/// The action log (§4.1.5) for the data-protection officer: what was done to which member, why and when, never the
/// value. A subject's actions are found by the subject's reference, a hash of their id, so the log outlives erasure.
/// The sample leaves the officer's authentication out.
/// </summary>
internal sealed class ActionLogEndpoints
{
    private ActionLogEndpoints()
    {
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/dpo/action-log", Read).WithDescription("The action log of personal data (§4.1.5), newest first; ?subjectId= narrows it to one subject");

    [ProcessingPurpose("legal-obligations")]
    private static async Task<List<PiiActionLogEntry>> Read(Guid? subjectId, PiiActionLogSink actionLog, IDbContextFactory<CrmDbContext> contexts)
    {
        await actionLog.FlushAsync();
        await using var db = await contexts.CreateDbContextAsync();
        var entries = db.Set<PiiActionLogEntry>().AsNoTracking();
        if (subjectId is { } id)
        {
            var subject = PiiSubjectReference.Of(id);
            entries = entries.Where(entry => entry.Subject == subject);
        }

        return await entries.OrderByDescending(entry => entry.Id).Take(1000).ToListAsync();
    }
}
