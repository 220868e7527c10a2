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
    public bool IsOwnReport(string existingText) => existingText.StartsWith(ReportMarks.MarkdownComment, StringComparison.Ordinal);

    /// <inheritdoc />
    public string Render(ReportDocument report)
    {
        var text = new StringBuilder();
        var summary = ReportSummary.Of(report);
        text.Append(ReportMarks.MarkdownComment).Append("\n\n");
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
            WriteHealth(text, report);
            WriteRules(text, report);
            WriteFindings(text, report);
            WriteSuppressed(text, report);
        }

        InventoryMarkdown.Append(text, report.Scan.Record, report.Language);
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

    private static void WriteHealth(StringBuilder text, ReportDocument report)
    {
        foreach (var project in report.Scan.Health)
        {
            if (!project.HasVocabulary)
            {
                text.Append($"> **Rules off** in `{project.Project}`: it does not reference PiiGuard, so nothing there was checked.\n\n");
            }

            if (project.CompileErrorCount > 0)
            {
                text.Append($"> **{project.CompileErrorCount} compiler error(s)** in `{project.Project}`: code that does not compile can hide leaks.\n");
                foreach (var line in project.FirstCompileErrors)
                {
                    text.Append($"> - {MarkdownText.Inline(line)}\n");
                }

                text.Append('\n');
            }
        }
    }

    private static void WriteSuppressed(StringBuilder text, ReportDocument report)
    {
        text.Append("## Suppressed\n\n");
        if (report.Scan.Suppressed.IsEmpty)
        {
            text.Append("No finding is suppressed in source.\n\n");
            return;
        }

        text.Append("Suppressed in source: they never fail the scan, and reviewers should read the justifications.\n\n");
        text.Append("| File | Rule | Message | Suppressed by | Justification |\n| --- | --- | --- | --- | --- |\n");
        foreach (var finding in report.Scan.Suppressed)
        {
            var region = finding.Region;
            var suppression = finding.Suppression!;
            text.Append($"| `{region.Path}:{region.StartLine}:{region.StartColumn}` | {finding.RuleId} | {MarkdownText.Inline(finding.Message)} | ")
                .Append($"{MarkdownText.Inline(suppression.Mechanism)} | {(suppression.Justification.Length == 0 ? "*none given*" : MarkdownText.Inline(suppression.Justification))} |\n");
        }

        text.Append('\n');
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
