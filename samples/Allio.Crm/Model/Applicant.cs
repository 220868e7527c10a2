using System.Text.Json.Serialization;
using Allio.PiiGuard;

namespace Allio.Crm.Model;

/// <summary>
/// A job applicant's CV with every field of §1.1.2, collected only to select candidates (§2.2.11).
/// Kept until the vacancy is filled (152-FZ art. 5 part 7: destroyed once the purpose is achieved)
/// or consent is withdrawn (§5.3).
/// </summary>
public sealed partial class Applicant : ISubjectRecord
{
    /// <summary>Record id assigned by the server; not personal data.</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>The subject the record belongs to, the same for every record with the same email; assigned by the store, not personal data on its own.</summary>
    [PiiSubject]
    [JsonIgnore]
    public Guid SubjectId { get; set; }

    [Pii(Kind = PiiKind.LastName, Purposes = ["recruitment", "identification"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public required string LastName { get; set; }

    [Pii(Kind = PiiKind.FirstName, Purposes = ["recruitment", "identification"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public required string FirstName { get; set; }

    [Pii(Kind = PiiKind.MiddleName, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? MiddleName { get; set; }

    [Pii(Kind = PiiKind.BirthDate, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public DateOnly? BirthDate { get; set; }

    [Pii(Kind = PiiKind.PostalAddress, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? ResidentialAddress { get; set; }

    [Pii(Kind = PiiKind.Phone, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? HomePhone { get; set; }

    [Pii(Kind = PiiKind.Phone, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? WorkPhone { get; set; }

    [Pii(Kind = PiiKind.Phone, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? MobilePhone { get; set; }

    /// <summary>Identifies the subject, so it is the member acted on most: partial, so every read and write is audited (§4.1.5).</summary>
    [Pii(Kind = PiiKind.Email, Purposes = ["recruitment", "identification"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public required partial string Email { get; init; }

    [Pii(Kind = PiiKind.FamilyStatus, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? FamilyStatus { get; set; }

    [Pii(Kind = PiiKind.Children, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? Children { get; set; }

    /// <summary>Education and further training, one entry per course of study.</summary>
    [Pii(Kind = PiiKind.Education, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public List<EducationRecord> Education { get; set; } = [];

    [Pii(Kind = PiiKind.Certificates, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public List<string> Certificates { get; set; } = [];

    /// <summary>Experience and length of service, one entry per job.</summary>
    [Pii(Kind = PiiKind.WorkHistory, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public List<WorkExperience> WorkHistory { get; set; } = [];

    /// <summary>Software products and programming languages the applicant knows.</summary>
    [Pii(Kind = PiiKind.Skills, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public List<string> SoftwareSkills { get; set; } = [];

    [Pii(Kind = PiiKind.Languages, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public List<string> ForeignLanguages { get; set; } = [];

    [Pii(Kind = PiiKind.PersonalQualities, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? ProfessionalQualities { get; set; }

    [Pii(Kind = PiiKind.PersonalQualities, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? PersonalQualities { get; set; }

    [Pii(Kind = PiiKind.City, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? City { get; set; }

    [Pii(Kind = PiiKind.DesiredPosition, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public required string DesiredVacancy { get; set; }

    [Pii(Kind = PiiKind.WorkSchedule, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? WorkSchedule { get; set; }

    /// <summary>Expected monthly pay, in roubles.</summary>
    [Pii(Kind = PiiKind.SalaryExpectation, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public decimal? SalaryExpectation { get; set; }

    /// <summary>Expected form of pay: fixed salary, salary and bonus, hourly.</summary>
    [Pii(Kind = PiiKind.SalaryExpectation, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? SalaryForm { get; set; }

    [Pii(Kind = PiiKind.Hobbies, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? Hobbies { get; set; }
}
