using Allio.PiiGuard.Analyzers.Tests.Infrastructure;

namespace Allio.PiiGuard.Analyzers.Tests;

/// <summary>Every rule's help link points at its page in <c>docs/rules</c>, and that page exists.</summary>
public sealed class RuleHelpLinkTests
{
    public static TheoryData<string, string> Descriptors()
    {
        // A rule with several descriptors (PII009) is one row per distinct link: xunit skips duplicate rows.
        var data = new TheoryData<string, string>();
        var rows = AnalyzerCatalog.All
            .SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .Select(descriptor => (descriptor.Id, descriptor.HelpLinkUri))
            .Distinct()
            .OrderBy(row => row.Id, StringComparer.Ordinal);
        foreach (var (id, helpLink) in rows)
        {
            data.Add(id, helpLink);
        }

        return data;
    }

    [Fact]
    public void The_assembly_ships_analyzers() => Assert.NotEmpty(AnalyzerCatalog.All);

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Help_link_points_at_an_existing_rule_page(string id, string helpLink)
    {
        Assert.EndsWith("/docs/rules/" + id + ".md", helpLink, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md")), $"docs/rules/{id}.md is missing");
    }
}
