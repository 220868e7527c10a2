using Allio.PiiGuard.Analyzers.Tests.Infrastructure;

namespace Allio.PiiGuard.Analyzers.Tests;

/// <summary>
/// The descriptors are the one source of rule metadata: the README's rule table, the header of each
/// <c>docs/rules</c> page and the release-tracking notes must say what they say (id, title, category,
/// default severity, whether a code fix exists), and each rule's help link leads to its page.
/// </summary>
public sealed class RuleMetadataTests
{
    private static readonly string[] ReleaseFiles = ["AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md"];

    public static TheoryData<string> RuleIds() => [.. RuleMetadata.All.Select(rule => rule.Id)];

    [Fact]
    public void Every_rule_has_a_readme_row_and_a_page_and_nothing_else_does()
    {
        var ids = RuleMetadata.All.Select(rule => rule.Id).ToList();

        Assert.Equal(ids, ReadmeRows().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ids, Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "PII*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal));
        Assert.Equal(ids, ReleaseRows().Select(row => row[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_link_points_at_the_rule_page(string id) =>
        Assert.Equal(RuleIdentifiers.HelpLink(id), Rule(id).HelpLink);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_header_says_what_the_descriptors_say(string id)
    {
        var rule = Rule(id);
        var header = PageHeader(id);

        Assert.Equal($"# {id}: {PageTitle(id)}", header.Heading);
        if (rule.Titles.Length == 1)
        {
            Assert.Equal(rule.Titles[0], PageTitle(id));
        }

        string[] expectedRows = rule.Titles.Length == 1
            ? ["Id", "Category", "Default severity", "Code fix"]
            : ["Id", "Category", "Default severity", "Descriptor titles", "Code fix"];
        Assert.Equal(expectedRows, header.Rows.Select(row => row.Key));

        var rows = header.Rows.ToDictionary(row => row.Key, row => row.Value, StringComparer.Ordinal);
        Assert.Equal($"`{id}`", rows["Id"]);
        Assert.Equal($"`{rule.Category}`", rows["Category"]);
        Assert.Equal(rule.Severity.ToString(), FirstWord(rows["Default severity"]));
        if (rule.Titles.Length > 1)
        {
            Assert.Equal(string.Join("; ", rule.Titles), rows["Descriptor titles"]);
        }

        Assert.Equal(rule.HasCodeFix ? "yes" : "no", FirstWord(rows["Code fix"]));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Readme_row_says_what_the_descriptors_say(string id)
    {
        var rule = Rule(id);
        var cells = ReadmeRows()[id];

        Assert.Equal($"[{id}](docs/rules/{id}.md)", cells[0]);
        Assert.Equal(rule.Severity.ToString().ToLowerInvariant(), FirstWord(cells[1]));
        Assert.Equal(PageTitle(id), cells[2]);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Release_tracking_row_says_what_the_descriptors_say(string id)
    {
        var rule = Rule(id);
        var row = Assert.Single(ReleaseRows(), cells => cells[0] == id);

        Assert.Equal(rule.Category, row[1]);
        Assert.Equal(rule.Severity.ToString(), row[2]);
        Assert.StartsWith(string.Join(", ", rule.Analyzers) + ",", row[3], StringComparison.Ordinal);
        Assert.EndsWith($"[Documentation]({rule.HelpLink})", row[3], StringComparison.Ordinal);
    }

    private static RuleMetadata Rule(string id) => RuleMetadata.All.Single(rule => rule.Id == id);

    /// <summary>The rule's title as its page states it; for a rule with one descriptor, that descriptor's title.</summary>
    private static string PageTitle(string id) => PageHeader(id).Heading.Split(": ", 2) is [_, var title] ? title : "";

    private static string FirstWord(string cell) => new([.. cell.TakeWhile(char.IsLetter)]);

    private static (string Heading, List<KeyValuePair<string, string>> Rows) PageHeader(string id)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md"));
        Assert.True(lines.Length > 4, $"{id}.md has no header");
        Assert.Equal(["", "| | |", "| --- | --- |"], lines[1..4]);
        var rows = lines.Skip(4)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(Cells)
            .Select(cells => new KeyValuePair<string, string>(cells[0], cells[1]))
            .ToList();
        return (lines[0], rows);
    }

    /// <summary>Rows of the README's rule table, by rule id.</summary>
    private static Dictionary<string, string[]> ReadmeRows()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"))
            .SkipWhile(line => line != "## Rules")
            .Skip(1)
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .ToList();
        Assert.Equal(["id", "default", "title"], Cells(lines[0]));
        return lines.Skip(2).Select(Cells).ToDictionary(cells => cells[0][1..cells[0].IndexOf(']', StringComparison.Ordinal)], StringComparer.Ordinal);
    }

    /// <summary>Rows of the analyzers' release-tracking tables (Rule ID, Category, Severity, Notes).</summary>
    private static List<string[]> ReleaseRows() =>
    [
        .. ReleaseFiles
            .SelectMany(file => File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "analyzers", "Allio.PiiGuard.Analyzers", file)))
            .Where(line => line.StartsWith("PII", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray()),
    ];

    private static string[] Cells(string row) => [.. row.Trim().Trim('|').Split('|').Select(cell => cell.Trim())];
}
