using Allio.Crm.Model;
using Allio.Crm.Storage;
using Allio.PiiGuard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allio.Crm.Endpoints;

/// <summary>Registration of clients and partners in the service desk for technical support (§2.2.10).</summary>
internal sealed class ServiceDeskEndpoints
{
    private ServiceDeskEndpoints()
    {
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/service-desk/clients", Register).WithDescription("Register a client contact in the service desk (§2.2.10)");

    [ProcessingPurpose("service-desk")]
    private static async Task<Created<SubjectReceipt>> Register(ServiceDeskClient client, CrmRepository repository, ILogger<ServiceDeskEndpoints> logger)
    {
        var subjectId = await repository.AddAsync(client);
        logger.ServiceDeskClientRegistered(client.LastName, client.FirstName, client.Email, client.Phone, subjectId);
        return TypedResults.Created($"/subjects/{subjectId}/data", new SubjectReceipt(subjectId));
    }
}
