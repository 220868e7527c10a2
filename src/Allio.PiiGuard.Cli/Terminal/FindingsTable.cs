using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Findings;
using Spectre.Console;

namespace Allio.PiiGuard.Cli.Terminal;

/// <summary>Prints findings grouped by rule and severity, most severe first, with <c>path:line:column</c>.</summary>
public static class FindingsTable
{
    /// <summary>Writes the groups and a one-line summary.</summary>
    public static void Write(IAnsiConsole console, ScanResult result, int baselineMatched)
    {
        var titles = result.Rules.ToDictionary(rule => rule.Id, rule => rule.Title, StringComparer.Ordinal);
        var groups = result.Findings
            .GroupBy(finding => (finding.Level, finding.RuleId))
            .OrderByDescending(group => group.Key.Level)
            .ThenBy(group => group.Key.RuleId, StringComparer.Ordinal);

        foreach (var group in groups)
        {
            var title = titles.TryGetValue(group.Key.RuleId, out var known) ? known : group.Key.RuleId;
            console.Write(new Rule($"[bold]{group.Key.RuleId}[/] {Markup.Escape(title)} — {LevelMarkup(group.Key.Level)} ({group.Count()})")
                .LeftJustified());
            var table = new Table().Border(TableBorder.Simple).AddColumn("Location").AddColumn("Message");
            foreach (var finding in group)
            {
                var region = finding.Region;
                table.AddRow(new Text($"{region.Path}:{region.StartLine}:{region.StartColumn}"), new Text(finding.Message));
            }

            console.Write(table);
        }

        console.MarkupLine(Summary(result, baselineMatched));
    }

    private static string Summary(ScanResult result, int baselineMatched)
    {
        int Count(FindingLevel level) => result.Findings.Count(finding => finding.Level == level);
        var summary =
            $"{result.Findings.Length} finding(s): {Count(FindingLevel.Error)} error(s), {Count(FindingLevel.Warning)} warning(s), " +
            $"{Count(FindingLevel.Note)} note(s) in {result.DocumentCount} document(s) of {result.Projects.Length} project(s)";
        if (baselineMatched > 0)
        {
            summary += $"; {baselineMatched} known from the baseline not shown";
        }

        return Markup.Escape(summary + ".");
    }

    private static string LevelMarkup(FindingLevel level) => level switch
    {
        FindingLevel.Error => "[red]error[/]",
        FindingLevel.Warning => "[yellow]warning[/]",
        _ => "[blue]note[/]",
    };
}
