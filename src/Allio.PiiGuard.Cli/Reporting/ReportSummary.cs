using Allio.PiiGuard.Cli.Findings;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>The counts every report shows at its top.</summary>
public sealed record ReportSummary(int Projects, int Documents, int Findings, int Errors, int Warnings, int Notes, int BaselineMatched)
{
    /// <summary>Counts the findings of a report.</summary>
    public static ReportSummary Of(ReportDocument report)
    {
        var findings = report.Scan.Findings;
        return new ReportSummary(
            report.Scan.Projects.Length,
            report.Scan.DocumentCount,
            findings.Length,
            findings.Count(finding => finding.Level == FindingLevel.Error),
            findings.Count(finding => finding.Level == FindingLevel.Warning),
            findings.Count(finding => finding.Level == FindingLevel.Note),
            report.BaselineMatched);
    }

    /// <summary>Findings per rule id, for the rule tables.</summary>
    public static Dictionary<string, int> CountByRule(ReportDocument report) =>
        report.Scan.Findings.GroupBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
}
