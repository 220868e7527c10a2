using System.Text.Json.Serialization;
using Allio.PiiGuard;

namespace Allio.Crm.Model;

/// <summary>
/// A contact person of a client or partner registered in the service desk for technical support
/// (§2.2.10); support is part of performing the contract (§2.2.7).
/// </summary>
public sealed partial class ServiceDeskClient : ISubjectRecord
{
    /// <summary>Record id assigned by the server; not personal data.</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The subject the record belongs to, the same for every record with the same email; assigned by the store, not personal data on its own.</summary>
    [PiiSubject]
    [JsonIgnore]
    public Guid SubjectId { get; set; }

    [Pii(Kind = PiiKind.LastName, Purposes = ["service-desk", "contract-performance", "identification"], Subjects = ["client"], Retention = "until-consent-withdrawn")]
    public required string LastName { get; set; }

    [Pii(Kind = PiiKind.FirstName, Purposes = ["service-desk", "contract-performance", "identification"], Subjects = ["client"], Retention = "until-consent-withdrawn")]
    public required string FirstName { get; set; }

    [Pii(Kind = PiiKind.Company, Purposes = ["service-desk", "contract-performance"], Subjects = ["client"], Retention = "until-consent-withdrawn")]
    public required string Company { get; set; }

    [Pii(Kind = PiiKind.Phone, Purposes = ["service-desk", "contract-performance"], Subjects = ["client"], Retention = "until-consent-withdrawn")]
    public string? Phone { get; set; }

    /// <summary>Identifies the subject, so it is the member acted on most: partial, so every read and write is audited (§4.1.5).</summary>
    [Pii(Kind = PiiKind.Email, Purposes = ["service-desk", "contract-performance", "identification"], Subjects = ["client"], Retention = "until-consent-withdrawn")]
    public required partial string Email { get; init; }
}
