using Allio.Crm.Model;
using Allio.Crm.Storage;
using Allio.PiiGuard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allio.Crm.Endpoints;

/// <summary>Questions from website visitors (§1.1.1 data, §2.2.8 purpose).</summary>
internal sealed class VisitorEndpoints
{
    private VisitorEndpoints()
    {
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/visitors/inquiries", Submit).WithDescription("Ask ALLIO a question as a website visitor (§2.2.8)");

    [ProcessingPurpose("user-inquiries")]
    private static async Task<Created<SubjectReceipt>> Submit(Visitor visitor, CrmRepository repository, ILogger<VisitorEndpoints> logger)
    {
        var subjectId = await repository.AddAsync(visitor);
        logger.InquiryReceived(visitor.LastName, visitor.FirstName, visitor.Email, visitor.Phone, subjectId);
        return TypedResults.Created($"/subjects/{subjectId}/data", new SubjectReceipt(subjectId));
    }
}
