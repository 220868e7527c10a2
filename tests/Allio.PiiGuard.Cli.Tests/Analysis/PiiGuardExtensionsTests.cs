using Allio.PiiGuard.Cli.Analysis;

namespace Allio.PiiGuard.Cli.Tests.Analysis;

public sealed class PiiGuardExtensionsTests
{
    [Fact]
    public void Discovers_every_analyzer_and_the_generator_of_the_shipped_assemblies()
    {
        var extensions = PiiGuardExtensions.Load();

        Assert.NotEmpty(extensions.Analyzers);
        Assert.All(extensions.Analyzers, analyzer => Assert.Equal("Allio.PiiGuard.Analyzers", analyzer.GetType().Assembly.GetName().Name));
        Assert.Contains(extensions.Generators, generator => generator.GetType().Assembly.GetName().Name == "Allio.PiiGuard.Generators");
    }

    [Fact]
    public void Rule_metadata_names_rules_by_their_constant_and_links_their_page()
    {
        var rules = RuleCatalog.Describe(PiiGuardExtensions.Load().Analyzers);

        Assert.Equal(rules.Select(rule => rule.Id).Order(StringComparer.Ordinal), rules.Select(rule => rule.Id));
        Assert.Contains(rules, rule => rule is { Id: "PII001", Name: "LoggedPii" });
        Assert.All(rules, rule => Assert.EndsWith($"{rule.Id}.md", rule.HelpUri));
    }
}
