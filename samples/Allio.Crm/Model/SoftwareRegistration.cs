using System.Text.Json.Serialization;
using Allio.PiiGuard;

namespace Allio.Crm.Model;

/// <summary>
/// A request to register purchased software in the user's or their organisation's name with the
/// rights holder (§2.2.5); the transfer needs the user's consent (§3.2.1).
/// </summary>
public sealed partial class SoftwareRegistration : ISubjectRecord
{
    /// <summary>Record id assigned by the server; not personal data.</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The subject the record belongs to, the same for every record with the same email; assigned by the store, not personal data on its own.</summary>
    [PiiSubject]
    [JsonIgnore]
    public Guid SubjectId { get; set; }

    /// <summary>The software product to register; not personal data.</summary>
    public required string Product { get; set; }

    /// <summary>The user agreed that ALLIO passes the data below to the rights holder (§3.2.1).</summary>
    public bool ConsentToTransfer { get; set; }

    [Pii(Kind = PiiKind.LastName, Purposes = ["software-registration", "identification"], Subjects = ["visitor", "client"], Retention = "until-consent-withdrawn")]
    public required string LastName { get; set; }

    [Pii(Kind = PiiKind.FirstName, Purposes = ["software-registration", "identification"], Subjects = ["visitor", "client"], Retention = "until-consent-withdrawn")]
    public required string FirstName { get; set; }

    [Pii(Kind = PiiKind.Company, Purposes = ["software-registration"], Subjects = ["visitor", "client"], Retention = "until-consent-withdrawn")]
    public string? Company { get; set; }

    /// <summary>Identifies the subject, so it is the member acted on most: partial, so every read and write is audited (§4.1.5).</summary>
    [Pii(Kind = PiiKind.Email, Purposes = ["software-registration", "identification"], Subjects = ["visitor", "client"], Retention = "until-consent-withdrawn")]
    public required partial string Email { get; init; }
}
