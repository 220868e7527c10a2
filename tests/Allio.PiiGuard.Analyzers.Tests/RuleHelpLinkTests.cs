using Allio.PiiGuard.Analyzers.Tests.Infrastructure;

namespace Allio.PiiGuard.Analyzers.Tests;

/// <summary>Every rule's help link points at its page in <c>docs/rules</c>, and that page exists.</summary>
public sealed class RuleHelpLinkTests
{
    public static TheoryData<string, string> Descriptors()
    {
        var data = new TheoryData<string, string>();
        foreach (var analyzer in AnalyzerCatalog.All)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                data.Add(descriptor.Id, descriptor.HelpLinkUri);
            }
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
