using System.Text.Json.Nodes;
using Allio.PiiGuard.Cli.Findings;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>SARIF 2.1.0 for GitHub code scanning and SARIF viewers; baselines are read back from it.</summary>
public sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The base id every result's path is relative to.</summary>
    public const string SourceRootId = "SRCROOT";

    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Sarif;

    /// <inheritdoc />
    public string Extension => "sarif";

    /// <inheritdoc />
    public bool IsOwnReport(string existingText) => ReportMarks.JsonNamesTool(existingText, "runs", "tool", "driver", "name");

    /// <inheritdoc />
    public string Render(ReportDocument report)
    {
        var rules = report.Scan.Rules;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = ToolInfo.Name,
                    ["version"] = report.ToolVersion,
                    ["semanticVersion"] = report.ToolVersion,
                    ["informationUri"] = ToolInfo.InformationUri,
                    ["rules"] = new JsonArray([.. rules.Select(Rule)]),
                },
            },
            ["invocations"] = new JsonArray(Invocation(report)),
            ["originalUriBaseIds"] = new JsonObject
            {
                [SourceRootId] = new JsonObject { ["description"] = Text("The repository root; result paths are relative to it.") },
            },
            ["results"] = new JsonArray(
            [
                .. report.Scan.Findings.Select(finding => Result(finding, ruleIndex)),
                .. report.Scan.Suppressed.Select(finding => Result(finding, ruleIndex)),
            ]),
            ["columnKind"] = "utf16CodeUnits",
            ["properties"] = new JsonObject
            {
                ["target"] = report.Target,
                ["projects"] = JsonText.Strings(report.Scan.Projects),
                ["documentCount"] = report.Scan.DocumentCount,
                ["baselineMatched"] = report.BaselineMatched,
            },
        };

        return JsonText.Write(new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        });
    }

    private static JsonObject Rule(RuleInfo rule)
    {
        var descriptor = new JsonObject
        {
            ["id"] = rule.Id,
            ["name"] = rule.Name,
            ["shortDescription"] = Text(rule.Title),
            ["fullDescription"] = Text(rule.Description),
            ["helpUri"] = rule.HelpUri,
        };
        if (RuleHelp.Markdown(rule.Id) is { } page)
        {
            descriptor["help"] = new JsonObject { ["text"] = RuleHelp.PlainText(page), ["markdown"] = page };
        }

        descriptor["defaultConfiguration"] = new JsonObject { ["level"] = rule.DefaultLevel.ToName() };
        descriptor["properties"] = new JsonObject
        {
            ["category"] = rule.Category,
            ["tags"] = JsonText.Strings(SecurityTaxonomy.Tags(rule.Id, rule.Category)),
            ["security-severity"] = SecurityTaxonomy.For(rule.Id).SecuritySeverity,
            ["precision"] = "high",
        };
        return descriptor;
    }

    private static JsonObject Invocation(ReportDocument report)
    {
        var invocation = new JsonObject { ["executionSuccessful"] = report.Scan.AnalyzerFailures.IsEmpty };
        if (report.Timestamp is { } timestamp)
        {
            invocation["startTimeUtc"] = timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        }

        var notifications = report.Scan.AnalyzerFailures.Select(failure => ("error", failure))
            .Concat(report.Scan.Health.SelectMany(project => project.FirstCompileErrors.Select(line => ("error", line))))
            .Concat(report.Scan.ProjectsWithoutVocabulary.Select(project => ("warning", $"{project} does not reference PiiGuard: the rules are off there.")))
            .ToArray();
        if (notifications.Length > 0)
        {
            invocation["toolExecutionNotifications"] = new JsonArray(
            [
                .. notifications.Select(notification => new JsonObject { ["level"] = notification.Item1, ["message"] = Text(notification.Item2) }),
            ]);
        }

        return invocation;
    }

    private static JsonObject Result(Finding finding, Dictionary<string, int> ruleIndex)
    {
        var result = new JsonObject { ["ruleId"] = finding.RuleId };
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            result["ruleIndex"] = index;
        }

        result["level"] = finding.Level.ToName();
        result["message"] = Text(finding.Message);
        result["locations"] = new JsonArray(Location(finding));
        result["partialFingerprints"] = new JsonObject { [FindingFingerprint.SarifKey] = finding.Fingerprint };
        if (finding.Suppression is { } suppression)
        {
            var entry = new JsonObject { ["kind"] = suppression.Kind };
            if (suppression.Justification.Length > 0)
            {
                entry["justification"] = suppression.Justification;
            }

            entry["properties"] = new JsonObject { ["mechanism"] = suppression.Mechanism };
            result["suppressions"] = new JsonArray(entry);
        }

        if (finding.Inferred)
        {
            // Recognised by its name, not by a mark: a reviewer weighs it differently.
            result["properties"] = new JsonObject { ["inferred"] = true };
        }

        return result;
    }

    private static JsonObject Location(Finding finding)
    {
        var region = finding.Region;
        var physical = new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = ToUri(region.Path), ["uriBaseId"] = SourceRootId },
            ["region"] = new JsonObject
            {
                ["startLine"] = region.StartLine,
                ["startColumn"] = region.StartColumn,
                ["endLine"] = region.EndLine,
                ["endColumn"] = region.EndColumn,
            },
        };
        if (!finding.Excerpt.IsEmpty)
        {
            physical["contextRegion"] = new JsonObject
            {
                ["startLine"] = finding.Excerpt[0].Number,
                ["endLine"] = finding.Excerpt[^1].Number,
                ["snippet"] = Text(string.Join("\n", finding.Excerpt.Select(line => line.Text)) + "\n"),
            };
        }

        return new JsonObject { ["physicalLocation"] = physical };
    }

    /// <summary>A relative URI reference: each path segment percent-escaped, '/' kept.</summary>
    private static string ToUri(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(segment => segment is ".." or "." ? segment : Uri.EscapeDataString(segment)));

    private static JsonObject Text(string text) => new() { ["text"] = text };
}
