using Allio.PiiGuard;

namespace Allio.Crm.Model;

/// <summary>One course of study or further training of an applicant (§1.1.2).</summary>
public sealed partial class EducationRecord : IPersonalRecord
{
    /// <summary>When the applicant studied, as written in the CV ("2014–2018").</summary>
    [Pii(Kind = PiiKind.Education, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? Period { get; set; }

    [Pii(Kind = PiiKind.Education, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public required string Institution { get; set; }

    /// <summary>Faculty or specialisation.</summary>
    [Pii(Kind = PiiKind.Education, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? Faculty { get; set; }

    /// <summary>Speciality written in the diploma.</summary>
    [Pii(Kind = PiiKind.Education, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? Speciality { get; set; }

    /// <summary>Full-time, part-time, distance.</summary>
    [Pii(Kind = PiiKind.Education, Purposes = ["recruitment"], Subjects = ["applicant"], Retention = "until-purpose-achieved")]
    public string? StudyForm { get; set; }
}
