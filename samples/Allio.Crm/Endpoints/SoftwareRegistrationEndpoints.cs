using Allio.Crm.Model;
using Allio.Crm.Storage;
using Allio.Crm.Transfers;
using Allio.PiiGuard;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Allio.Crm.Endpoints;

/// <summary>Registration of software in the user's name with its rights holder (§2.2.5, transfer by consent §3.2.1).</summary>
internal sealed class SoftwareRegistrationEndpoints
{
    private SoftwareRegistrationEndpoints()
    {
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/software/registrations", Register)
            .WithDescription("Register software in your name with its rights holder; needs consent to the transfer (§2.2.5, §3.2.1)");

    [ProcessingPurpose("software-registration")]
    private static async Task<Results<Created<SubjectReceipt>, ValidationProblem>> Register(
        SoftwareRegistration registration, CrmRepository repository, RightsHolderClient rightsHolder, ILogger<SoftwareRegistrationEndpoints> logger)
    {
        // §3.2.1: the rights holder is a third party, so without consent nothing is stored or sent.
        if (!registration.ConsentToTransfer)
        {
            logger.SoftwareRegistrationRefused(registration.Product);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [nameof(SoftwareRegistration.ConsentToTransfer)] = ["Registration sends your data to the rights holder and needs your consent (§3.2.1)."],
            });
        }

        var subjectId = await repository.AddAsync(registration);
        rightsHolder.Send(RightsHolderRegistration.From(registration));
        logger.SoftwareRegistrationTransferred(registration.Product, registration.Email, subjectId);
        return TypedResults.Created($"/subjects/{subjectId}/data", new SubjectReceipt(subjectId));
    }
}
