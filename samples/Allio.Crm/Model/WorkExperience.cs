using Allio.PiiGuard;

namespace Allio.Crm.Model;

/// <summary>One job in an applicant's work history (§1.1.2).</summary>
public sealed partial class WorkExperience : IPersonalRecord
{
    /// <summary>When the applicant held the job, as written in the CV ("2019–2024").</summary>
    [Pii(Kind = PiiKind.WorkHistory, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? Period { get; set; }

    [Pii(Kind = PiiKind.WorkHistory, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public required string Organisation { get; set; }

    /// <summary>The organisation's field of activity.</summary>
    [Pii(Kind = PiiKind.WorkHistory, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? OrganisationField { get; set; }

    [Pii(Kind = PiiKind.WorkHistory, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? Position { get; set; }

    /// <summary>Main duties.</summary>
    [Pii(Kind = PiiKind.WorkHistory, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? Duties { get; set; }
}
