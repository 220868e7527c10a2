using Allio.Crm.Storage;
using Allio.PiiGuard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allio.Crm.Endpoints;

/// <summary>
/// The subject's rights: withdrawal of consent erases and destroys their records (§5.3), an access request shows
/// what is held (§5.4), both through the hooks the generator writes for every model type. Both are duties the law
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
    private static Results<Ok<WithdrawalAnswer>, NotFound> WithdrawConsent(Guid subjectId, CrmRepository repository, ILogger<SubjectRightsEndpoints> logger)
    {
        var erased = repository.Erase(subjectId);
        if (erased is null)
        {
            logger.SubjectNotFound("Consent withdrawal", subjectId);
            return TypedResults.NotFound();
        }

        logger.SubjectErased(erased.Count, subjectId);
        return TypedResults.Ok(new WithdrawalAnswer(subjectId, erased.Count, erased));
    }

    [ProcessingPurpose("legal-obligations")]
    private static Results<Ok<AccessAnswer>, NotFound> Access(Guid subjectId, CrmRepository repository, ILogger<SubjectRightsEndpoints> logger)
    {
        var records = repository.Export(subjectId);
        if (records is null)
        {
            logger.SubjectNotFound("Access request", subjectId);
            return TypedResults.NotFound();
        }

        logger.SubjectExported(records.Count, subjectId);
        return TypedResults.Ok(new AccessAnswer(subjectId, records.Count, records));
    }
}
