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
        var words = ReportText.For(report.Language);
        var text = new StringBuilder();
        var summary = ReportSummary.Of(report);
        text.Append(ReportMarks.MarkdownComment).Append("\n\n");
        text.Append($"# {(report.HasFindings ? words.ScanTitle : words.RecordTitle)}\n\n");
        text.Append($"{words.Target}: `{report.Target}` · PiiGuard {report.ToolVersion}");
        if (report.Timestamp is { } timestamp)
        {
            text.Append($" · {timestamp.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
        }

        text.Append("\n\n");
        if (report.HasFindings)
        {
            text.Append($"## {words.Summary}\n\n");
            HeaderRow(text, "---:", words.Projects, words.Documents, words.Findings, words.Errors, words.Warnings, words.Notes, words.KnownBaseline);
            text.Append($"| {summary.Projects} | {summary.Documents} | {summary.Findings} | {summary.Errors} | {summary.Warnings} | {summary.Notes} | {summary.BaselineMatched} |\n\n");
            WriteHealth(text, report, words);
            WriteRules(text, report, words);
            WriteFindings(text, report, words);
            WriteSuppressed(text, report, words);
        }

        InventoryMarkdown.Append(text, report.Scan.Record, report.Language);
        if (!report.Scan.AnalyzerFailures.IsEmpty)
        {
            text.Append($"## {words.AnalyzerFailures}\n\n{words.ScanIncomplete}:\n\n");
            foreach (var failure in report.Scan.AnalyzerFailures)
            {
                text.Append($"- {MarkdownText.Inline(failure)}\n");
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void WriteHealth(StringBuilder text, ReportDocument report, ReportText words)
    {
        foreach (var project in report.Scan.Health)
        {
            if (!project.HasVocabulary)
            {
                text.Append($"> **{words.RulesOff}** `{project.Project}`: {words.RulesOffReason}.\n\n");
            }

            if (project.CompileErrorCount > 0)
            {
                text.Append($"> **{words.DoesNotCompile}** `{project.Project}`: {project.CompileErrorCount} {words.CompilerErrors}; {words.CompileErrorsHideLeaks}.\n");
                foreach (var line in project.FirstCompileErrors)
                {
                    text.Append($"> - {MarkdownText.Inline(line)}\n");
                }

                text.Append('\n');
            }
        }
    }

    /// <summary>A table's header and alignment rows, every column aligned by <paramref name="alignment"/>.</summary>
    internal static void HeaderRow(StringBuilder text, string alignment, params string[] headers) =>
        text.Append($"| {string.Join(" | ", headers.Select(MarkdownText.Inline))} |\n| {string.Join(" | ", headers.Select(_ => alignment))} |\n");

    private static void WriteSuppressed(StringBuilder text, ReportDocument report, ReportText words)
    {
        text.Append($"## {words.Suppressed}\n\n");
        if (report.Scan.Suppressed.IsEmpty)
        {
            text.Append($"{words.NoSuppressed}\n\n");
            return;
        }

        text.Append($"{words.SuppressedIntro}\n\n");
        HeaderRow(text, "---", words.File, words.Rule, words.Message, words.SuppressedBy, words.Justification);
        foreach (var finding in report.Scan.Suppressed)
        {
            var region = finding.Region;
            var suppression = finding.Suppression!;
            text.Append($"| `{region.Path}:{region.StartLine}:{region.StartColumn}` | {finding.RuleId} | {MarkdownText.Inline(finding.Message)} | ")
                .Append($"{MarkdownText.Inline(suppression.Mechanism)} | {(suppression.Justification.Length == 0 ? $"*{words.NoneGiven}*" : MarkdownText.Inline(suppression.Justification))} |\n");
        }

        text.Append('\n');
    }

    private static void WriteRules(StringBuilder text, ReportDocument report, ReportText words)
    {
        var counts = ReportSummary.CountByRule(report);
        text.Append($"## {words.Rules}\n\n| {words.Rule} | {words.Title} | {words.Default} | {words.Findings} |\n| --- | --- | --- | ---: |\n");
        foreach (var rule in report.Scan.Rules)
        {
            text.Append($"| [{rule.Id}]({rule.HelpUri}) | {MarkdownText.Inline(rule.Title)} | {rule.DefaultLevel.ToName()} | {counts.GetValueOrDefault(rule.Id)} |\n");
        }

        text.Append('\n');
    }

    private static void WriteFindings(StringBuilder text, ReportDocument report, ReportText words)
    {
        text.Append($"## {words.Findings}\n\n");
        if (report.Scan.Findings.IsEmpty)
        {
            text.Append($"{words.NoFindings}\n\n");
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
