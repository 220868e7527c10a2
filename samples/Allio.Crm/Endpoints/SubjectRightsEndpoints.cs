using Allio.Crm.Storage;
using Allio.PiiGuard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allio.Crm.Endpoints;

/// <summary>
/// The subject's rights: withdrawal of consent destroys their records in every table (§5.3), an access request shows
/// what is held (§5.4), both through PiiGuard's subject rights over the CRM database. Both are duties the law
/// puts on ALLIO (152-FZ art. 14, 21; §2.2.12).
/// The seed asks the subject to prove their identity first (§5.5); the sample leaves authentication out.
/// </summary>
internal sealed class SubjectRightsEndpoints
{
    private SubjectRightsEndpoints()
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapDelete("/subjects/{subjectId:guid}", WithdrawConsent)
            .WithDescription("Withdraw consent: erases, then destroys every record held about the subject (§5.3)");
        app.MapGet("/subjects/{subjectId:guid}/data", Access)
            .WithDescription("Access request: everything held about the subject (§5.4)");
    }

    [ProcessingPurpose("legal-obligations")]
    private static async Task<Results<Ok<WithdrawalAnswer>, NotFound>> WithdrawConsent(Guid subjectId, CrmRepository repository, ILogger<SubjectRightsEndpoints> logger)
    {
        var erased = await repository.EraseAsync(subjectId);
        if (erased is null)
        {
            logger.SubjectNotFound("Consent withdrawal", subjectId);
            return TypedResults.NotFound();
        }

        logger.SubjectErased(erased.RecordCount, subjectId);
        return TypedResults.Ok(new WithdrawalAnswer(subjectId, erased.RecordCount, erased.Entities));
    }

    [ProcessingPurpose("legal-obligations")]
    private static async Task<Results<Ok<AccessAnswer>, NotFound>> Access(Guid subjectId, CrmRepository repository, ILogger<SubjectRightsEndpoints> logger)
    {
        var records = await repository.ExportAsync(subjectId);
        if (records is null)
        {
            logger.SubjectNotFound("Access request", subjectId);
            return TypedResults.NotFound();
        }

        logger.SubjectExported(records.Count, subjectId);
        return TypedResults.Ok(new AccessAnswer(subjectId, records.Count, records));
    }
}
