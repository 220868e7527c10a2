using Allio.PiiGuard.Analyzers.Tests.Infrastructure;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Every rule page says what the rule follows and what it does not; the flow rules point at the engine's page.</summary>
public sealed class RuleScopeSectionTests
{
    private const string Section = "## What is followed, and what is not";

    public static TheoryData<string> Rules { get; } = new(Enumerable.Range(1, 14).Select(static n => $"PII{n:000}"));

    public static TheoryData<string> FlowRules { get; } = ["PII001", "PII002", "PII003", "PII004", "PII007", "PII011", "PII012", "PII013"];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_page_has_the_section_before_why(string rule)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", rule + ".md"));
        var section = page.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(section > 0, rule + ": no '" + Section + "' section");
        Assert.True(section < page.IndexOf("## Why", StringComparison.Ordinal), rule + ": the section belongs before 'Why'");
    }

    [Theory]
    [MemberData(nameof(FlowRules))]
    public void Flow_rule_section_links_the_flow_engine(string rule)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules", rule + ".md"));
        var section = page[page.IndexOf(Section, StringComparison.Ordinal)..page.IndexOf("## Why", StringComparison.Ordinal)];
        Assert.Contains("How values are followed: [flow engine](../flow-engine.md)", section, StringComparison.Ordinal);
    }
}
