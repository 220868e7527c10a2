using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Tests.Inventory;
using Allio.PiiGuard.Cli.Reporting;

namespace Allio.PiiGuard.Cli.Tests.Reports;

/// <summary>Hand-made report documents with awkward content: markup in messages and code, spaces and Cyrillic in paths.</summary>
public static class SampleReports
{
    public static ReportDocument WithAwkwardContent()
    {
        RuleInfo[] rules =
        [
            new("PII001", "LoggedPii", "Personal data is logged", "Personal data reaches a log sink unredacted.", "PiiGuard.Exposure",
                FindingLevel.Warning, "https://github.com/allio-llc/Allio.PiiGuard/blob/main/docs/rules/PII001.md"),
            new("PII009", "PolicyProblem", "Policy problem", "The policy file is missing or malformed.", "PiiGuard.Policy",
                FindingLevel.Warning, "https://github.com/allio-llc/Allio.PiiGuard/blob/main/docs/rules/PII009.md"),
        ];
        Finding[] findings =
        [
            new("PII001", FindingLevel.Warning, "'Email' <b>reaches</b> | the log", new SourceRegion("src/My App/Клиенты.cs", 12, 9, 12, 40),
                FindingFingerprint.Compute("src/My App/Клиенты.cs", "logger.Log(c.Email);"),
                [
                    new ExcerptLine(10, "// <script>alert(1)</script> & ``` fence", false),
                    new ExcerptLine(11, "{", false),
                    new ExcerptLine(12, "    logger.Log(c.Email);", true),
                    new ExcerptLine(13, "}", false),
                ]),
            new("PII009", FindingLevel.Error, "Unknown purpose 'marketing'", new SourceRegion("piiguard.json", 3, 15, 3, 26),
                FindingFingerprint.Compute("piiguard.json", "\"purposes\": [\"marketing\"]"), []),
        ];
        var scan = new ScanResult(["src/My App/App.csproj"], 3, [.. rules], [.. findings], [], SampleRecords.Crm([.. rules]));
        return new ReportDocument(ReportKind.Scan, "0.1.0", "src/My App/App.csproj", scan, 2, null);
    }
}
