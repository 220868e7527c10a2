using Allio.Crm.Model;
using Allio.Crm.Storage;
using Allio.PiiGuard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allio.Crm.Endpoints;

/// <summary>CVs of job applicants (§1.1.2 data, §2.2.11 purpose).</summary>
internal sealed class ApplicantEndpoints
{
    private ApplicantEndpoints()
    {
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/applicants", Submit).WithDescription("Submit a CV for a vacancy at ALLIO (§2.2.11)");

    [ProcessingPurpose("recruitment")]
    private static async Task<Created<SubjectReceipt>> Submit(Applicant applicant, CrmRepository repository, ILogger<ApplicantEndpoints> logger)
    {
        var subjectId = await repository.AddAsync(applicant);
        logger.ApplicationReceived(applicant.LastName, applicant.FirstName, applicant.Email, applicant.MobilePhone, subjectId);
        return TypedResults.Created($"/subjects/{subjectId}/data", new SubjectReceipt(subjectId));
    }
}
