using System.Text;
using Allio.PiiGuard.Cli.Findings;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>A Markdown report for pull-request comments: summary, rules that fired, findings with code excerpts.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Markdown;

    /// <inheritdoc />
    public string Extension => "md";

    /// <inheritdoc />
    public string Render(ReportDocument report)
    {
        var text = new StringBuilder();
        var summary = ReportSummary.Of(report);
        text.Append(report.HasFindings ? "# PiiGuard report\n\n" : "# PiiGuard record of processing\n\n");
        text.Append($"Target: `{report.Target}` · PiiGuard {report.ToolVersion}");
        if (report.Timestamp is { } timestamp)
        {
            text.Append($" · {timestamp.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        }

        text.Append("\n\n");
        if (report.HasFindings)
        {
            text.Append("## Summary\n\n");
            text.Append("| Projects | Documents | Findings | Errors | Warnings | Notes | Known (baseline) |\n");
            text.Append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            text.Append($"| {summary.Projects} | {summary.Documents} | {summary.Findings} | {summary.Errors} | {summary.Warnings} | {summary.Notes} | {summary.BaselineMatched} |\n\n");
            WriteRules(text, report);
            WriteFindings(text, report);
        }

        InventoryMarkdown.Append(text, report.Scan.Record);
        if (!report.Scan.AnalyzerFailures.IsEmpty)
        {
            text.Append("## Analyzer failures\n\nThe scan is incomplete:\n\n");
            foreach (var failure in report.Scan.AnalyzerFailures)
            {
                text.Append($"- {MarkdownText.Inline(failure)}\n");
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void WriteRules(StringBuilder text, ReportDocument report)
    {
        var counts = ReportSummary.CountByRule(report);
        text.Append("## Rules\n\n| Rule | Title | Default | Findings |\n| --- | --- | --- | ---: |\n");
        foreach (var rule in report.Scan.Rules)
        {
            text.Append($"| [{rule.Id}]({rule.HelpUri}) | {MarkdownText.Inline(rule.Title)} | {rule.DefaultLevel.ToName()} | {counts.GetValueOrDefault(rule.Id)} |\n");
        }

        text.Append('\n');
    }

    private static void WriteFindings(StringBuilder text, ReportDocument report)
    {
        text.Append("## Findings\n\n");
        if (report.Scan.Findings.IsEmpty)
        {
            text.Append("No findings.\n\n");
            return;
        }

        foreach (var finding in report.Scan.Findings)
        {
            var region = finding.Region;
            text.Append($"### {finding.RuleId} {finding.Level.ToName()} · `{region.Path}:{region.StartLine}:{region.StartColumn}`\n\n");
            text.Append(MarkdownText.Inline(finding.Message)).Append("\n\n");
            if (finding.Excerpt.IsEmpty)
            {
                continue;
            }

            var width = finding.Excerpt[^1].Number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            var code = string.Join("\n", finding.Excerpt.Select(line =>
                $"{(line.IsFindingLine ? ">" : " ")} {line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)} | {line.Text}"));
            var fence = MarkdownText.Fence(code);
            text.Append(fence).Append("text\n").Append(code).Append('\n').Append(fence).Append("\n\n");
        }
    }
}
