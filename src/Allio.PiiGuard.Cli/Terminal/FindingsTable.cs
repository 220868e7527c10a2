using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Findings;
using Spectre.Console;

namespace Allio.PiiGuard.Cli.Terminal;

/// <summary>
/// Prints findings: on a terminal grouped by rule and severity, most severe first; elsewhere (CI logs, pipes) one
/// line per finding in the compiler's format, never wrapped. Then one summary line that states why the exit code is what it is.
/// </summary>
public static class FindingsTable
{
    /// <summary>Writes the findings and the summary.</summary>
    public static void Write(IAnsiConsole console, ScanResult result, int baselineMatched, ScanVerdict verdict)
    {
        if (console.Profile.Capabilities.Interactive)
        {
            WriteGroups(console, result);
        }
        else
        {
            foreach (var finding in result.Findings)
            {
                // Plain write: no markup parsing, no wrapping at the console width.
                console.Profile.Out.Writer.WriteLine(CompilerFormat.Line(finding));
            }
        }

        console.Profile.Out.Writer.WriteLine(Summary(result, baselineMatched, verdict));
    }

    private static void WriteGroups(IAnsiConsole console, ScanResult result)
    {
        var titles = result.Rules.ToDictionary(rule => rule.Id, rule => rule.Title, StringComparer.Ordinal);
        var groups = result.Findings
            .GroupBy(finding => (finding.Level, finding.RuleId, Title: finding.Title ?? titles.GetValueOrDefault(finding.RuleId) ?? finding.RuleId))
            .OrderByDescending(group => group.Key.Level)
            .ThenBy(group => group.Key.RuleId, StringComparer.Ordinal)
            .ThenBy(group => group.Key.Title, StringComparer.Ordinal);

        foreach (var group in groups)
        {
            console.Write(new Rule($"[bold]{group.Key.RuleId}[/] {Markup.Escape(group.Key.Title)} — {LevelMarkup(group.Key.Level)} ({group.Count()})")
                .LeftJustified());
            var table = new Table().Border(TableBorder.Simple).AddColumn("Location").AddColumn("Message");
            foreach (var finding in group)
            {
                var region = finding.Region;
                table.AddRow(new Text($"{region.Path}:{region.StartLine}:{region.StartColumn}"), new Text(finding.Message));
            }

            console.Write(table);
        }
    }

    /// <summary>The summary line; its failing count is the one the exit code was decided on.</summary>
    public static string Summary(ScanResult result, int baselineMatched, ScanVerdict verdict)
    {
        var withoutVocabulary = result.ProjectsWithoutVocabulary.ToArray();
        if (withoutVocabulary.Length > 0 && withoutVocabulary.Length == result.Health.Length)
        {
            return $"The PiiGuard rules are off: none of the {result.Health.Length} project(s) references PiiGuard, so nothing was checked.";
        }

        int Count(FindingLevel level) => result.Findings.Count(finding => finding.Level == level);
        var summary =
            $"{result.Findings.Length} finding(s): {Count(FindingLevel.Error)} error(s), {Count(FindingLevel.Warning)} warning(s), " +
            $"{Count(FindingLevel.Note)} note(s) in {result.DocumentCount} document(s) of {result.Projects.Length} project(s); " +
            $"{verdict.Failing} fail --fail-on {verdict.FailOn} (policy problems count as errors)";
        if (!result.Suppressed.IsEmpty)
        {
            summary += $"; {result.Suppressed.Length} suppressed in source (listed in the reports, never failing)";
        }

        if (baselineMatched > 0)
        {
            summary += $"; {baselineMatched} known from the baseline not shown";
        }

        if (result.CompileErrorCount > 0)
        {
            summary += $"; {result.CompileErrorCount} compiler error(s)";
        }

        if (withoutVocabulary.Length > 0)
        {
            summary += $"; rules off in {string.Join(", ", withoutVocabulary)} (no PiiGuard reference)";
        }

        return summary + ".";
    }

    private static string LevelMarkup(FindingLevel level) => level switch
    {
        FindingLevel.Error => "[red]error[/]",
        FindingLevel.Warning => "[yellow]warning[/]",
        _ => "[blue]note[/]",
    };
}
