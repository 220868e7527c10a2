using Allio.Crm.Model;
using Allio.Crm.Storage;
using Allio.PiiGuard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allio.Crm.Endpoints;

/// <summary>Registration of website visitors for ALLIO events (§2.2.9).</summary>
internal sealed class EventEndpoints
{
    private EventEndpoints()
    {
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/events/{eventCode}/registrations", Register).WithDescription("Register for an ALLIO event (§2.2.9)");

    [ProcessingPurpose("event-registration")]
    private static async Task<Created<SubjectReceipt>> Register(
        string eventCode, EventRegistration registration, CrmRepository repository, ILogger<EventEndpoints> logger)
    {
        registration.EventCode = eventCode;
        var subjectId = await repository.AddAsync(registration);
        logger.EventRegistered(registration.LastName, registration.FirstName, registration.Email, eventCode, subjectId);
        return TypedResults.Created($"/subjects/{subjectId}/data", new SubjectReceipt(subjectId));
    }
}
