using System.Globalization;
using System.Text.Json.Nodes;
using Allio.PiiGuard.Cli.Findings;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>The tool's own JSON report (schema in docs/cli.md): flat findings that scripts read without SARIF knowledge.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>Bumped when a field changes meaning or goes away; new fields do not bump it.</summary>
    public const int SchemaVersion = 1;

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Json;

    /// <inheritdoc />
    public string Extension => "json";

    /// <inheritdoc />
    public bool IsOwnReport(string existingText) => ReportMarks.JsonNamesTool(existingText, "tool", "name");

    /// <inheritdoc />
    public string Render(ReportDocument report)
    {
        var summary = ReportSummary.Of(report);
        var counts = ReportSummary.CountByRule(report);
        var root = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["tool"] = new JsonObject { ["name"] = ToolInfo.Name, ["version"] = report.ToolVersion },
            ["target"] = report.Target,
        };
        if (report.Timestamp is { } timestamp)
        {
            root["timestamp"] = timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        }

        root["kind"] = report.Kind == ReportKind.Scan ? "scan" : "inventory";
        root["projects"] = JsonText.Strings(report.Scan.Projects);
        if (report.HasFindings)
        {
            root["summary"] = new JsonObject
            {
                ["projects"] = summary.Projects,
                ["documents"] = summary.Documents,
                ["findings"] = summary.Findings,
                ["errors"] = summary.Errors,
                ["warnings"] = summary.Warnings,
                ["notes"] = summary.Notes,
                ["baselineMatched"] = summary.BaselineMatched,
            };
            root["rules"] = new JsonArray([.. report.Scan.Rules.Select(rule => Rule(rule, counts))]);
            root["findings"] = new JsonArray([.. report.Scan.Findings.Select(Finding)]);
            root["suppressed"] = new JsonArray([.. report.Scan.Suppressed.Select(Finding)]);
            root["projectHealth"] = new JsonArray([.. report.Scan.Health.Select(Health)]);
            root["analyzerFailures"] = JsonText.Strings(report.Scan.AnalyzerFailures);
        }

        root["inventory"] = InventoryJson.Build(report.Scan.Record);
        return JsonText.Write(root);
    }

    private static JsonObject Rule(RuleInfo rule, Dictionary<string, int> counts) => new()
    {
        ["id"] = rule.Id,
        ["name"] = rule.Name,
        ["title"] = rule.Title,
        ["description"] = rule.Description,
        ["category"] = rule.Category,
        ["defaultLevel"] = rule.DefaultLevel.ToName(),
        ["helpUri"] = rule.HelpUri,
        ["findings"] = counts.GetValueOrDefault(rule.Id),
    };

    private static JsonObject Health(Analysis.ProjectHealth health) => new()
    {
        ["project"] = health.Project,
        ["rulesOn"] = health.HasVocabulary,
        ["compileErrors"] = health.CompileErrorCount,
        ["firstCompileErrors"] = JsonText.Strings(health.FirstCompileErrors),
    };

    private static JsonObject Finding(Finding finding)
    {
        var json = FindingFields(finding);
        if (finding.Inferred)
        {
            json["inferred"] = true;
        }

        return json;
    }

    private static JsonObject FindingFields(Finding finding) => new()
    {
        ["ruleId"] = finding.RuleId,
        ["title"] = finding.Title,
        ["level"] = finding.Level.ToName(),
        ["message"] = finding.Message,
        ["path"] = finding.Region.Path,
        ["startLine"] = finding.Region.StartLine,
        ["startColumn"] = finding.Region.StartColumn,
        ["endLine"] = finding.Region.EndLine,
        ["endColumn"] = finding.Region.EndColumn,
        ["fingerprint"] = finding.Fingerprint,
        ["suppression"] = finding.Suppression is { } suppression
            ? new JsonObject { ["kind"] = suppression.Kind, ["mechanism"] = suppression.Mechanism, ["justification"] = suppression.Justification }
            : null,
        ["excerpt"] = new JsonArray(
        [
            .. finding.Excerpt.Select(line => new JsonObject { ["line"] = line.Number, ["text"] = line.Text, ["highlight"] = line.IsFindingLine }),
        ]),
    };
}
