using Allio.Crm.Model;
using Allio.PiiGuard;

namespace Allio.Crm.Transfers;

/// <summary>
/// What ALLIO sends a software rights holder to register a licence in the user's name (§2.2.5, §3.2.1):
/// exactly the kinds <c>piiguard.json</c> allows for the recipient <c>rights-holder</c>, nothing more.
/// </summary>
public sealed partial class RightsHolderRegistration
{
    public required string Product { get; init; }

    [Pii(Kind = PiiKind.LastName, Purposes = ["software-registration"], Subjects = ["visitor", "client"])]
    public required string LastName { get; init; }

    [Pii(Kind = PiiKind.FirstName, Purposes = ["software-registration"], Subjects = ["visitor", "client"])]
    public required string FirstName { get; init; }

    [Pii(Kind = PiiKind.Company, Purposes = ["software-registration"], Subjects = ["visitor", "client"])]
    public string? Company { get; init; }

    [Pii(Kind = PiiKind.Email, Purposes = ["software-registration"], Subjects = ["visitor", "client"])]
    public required string Email { get; init; }

    [ProcessingPurpose("software-registration")]
    public static RightsHolderRegistration From(SoftwareRegistration registration) => new()
    {
        Product = registration.Product,
        LastName = registration.LastName,
        FirstName = registration.FirstName,
        Company = registration.Company,
        Email = registration.Email,
    };
}
