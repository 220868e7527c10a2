using System.Text.Json.Serialization;
using Allio.PiiGuard;

namespace Allio.Crm.Model;

/// <summary>
/// A website visitor who asks ALLIO a question (§1.1.1 data, §2.2.8 purpose). The seed names no
/// retention term, so the data lives until the visitor withdraws consent (§5.3).
/// </summary>
public sealed partial class Visitor : ISubjectRecord
{
    /// <summary>Record id assigned by the server; not personal data.</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The subject the record belongs to, the same for every record with the same email; assigned by the store, not personal data on its own.</summary>
    [PiiSubject]
    [JsonIgnore]
    public Guid SubjectId { get; set; }

    [Pii(Kind = PiiKind.LastName, Purposes = ["user-inquiries", "identification"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public required string LastName { get; set; }

    [Pii(Kind = PiiKind.FirstName, Purposes = ["user-inquiries", "identification"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public required string FirstName { get; set; }

    [Pii(Kind = PiiKind.Company, Purposes = ["user-inquiries", "personalization"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public string? Company { get; set; }

    [Pii(Kind = PiiKind.BirthDate, Purposes = ["personalization"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public DateOnly? BirthDate { get; set; }

    [Pii(Kind = PiiKind.Phone, Purposes = ["user-inquiries"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public string? Phone { get; set; }

    /// <summary>Identifies the subject, so it is the member acted on most: partial, so every read and write is audited (§4.1.5).</summary>
    [Pii(Kind = PiiKind.Email, Purposes = ["user-inquiries", "identification"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public required partial string Email { get; init; }

    /// <summary>Free text written by the visitor: it may name people, so it is personal data too.</summary>
    [Pii(Kind = PiiKind.Other, Purposes = ["user-inquiries"], Subjects = ["visitor"], Retention = "until-consent-withdrawn")]
    public required string Question { get; set; }
}
