using System.Text.Json.Serialization;
using Allio.PiiGuard;

namespace Allio.Crm.Model;

/// <summary>A website visitor registered for an ALLIO event (§2.2.9), with the §1.1.1 contact data.</summary>
public sealed partial class EventRegistration : ISubjectRecord
{
    /// <summary>Record id assigned by the server; not personal data.</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The subject the record belongs to, the same for every record with the same email; assigned by the store, not personal data on its own.</summary>
    [PiiSubject]
    [JsonIgnore]
    public Guid SubjectId { get; set; }

    /// <summary>Which event, taken from the route; not personal data.</summary>
    public string EventCode { get; set; } = string.Empty;

    [Pii(Kind = PiiKind.LastName, Purposes = ["event-registration", "identification"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public required string LastName { get; set; }

    [Pii(Kind = PiiKind.FirstName, Purposes = ["event-registration", "identification"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public required string FirstName { get; set; }

    [Pii(Kind = PiiKind.Company, Purposes = ["event-registration"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public string? Company { get; set; }

    [Pii(Kind = PiiKind.Phone, Purposes = ["event-registration"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public string? Phone { get; set; }

    /// <summary>Identifies the subject, so it is the member acted on most: partial, so every read and write is audited (§4.1.5).</summary>
    [Pii(Kind = PiiKind.Email, Purposes = ["event-registration", "identification"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public required partial string Email { get; init; }
}
