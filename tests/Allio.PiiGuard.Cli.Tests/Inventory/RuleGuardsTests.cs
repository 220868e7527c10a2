using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Inventory;

namespace Allio.PiiGuard.Cli.Tests.Inventory;

/// <summary>The record's "which rules guard this" topics follow the analyzers: every rule once, no rule that does not exist.</summary>
public sealed class RuleGuardsTests
{
    [Fact]
    public void Topics_cover_every_rule_of_the_analyzers_exactly_once()
    {
        var rules = RuleCatalog.Describe(PiiGuardExtensions.Load().Analyzers);

        var guarded = RuleGuards.For(rules).SelectMany(guard => guard.Rules).ToList();

        Assert.Equal(rules.Select(rule => rule.Id), guarded.Select(rule => rule.Id).Order(StringComparer.Ordinal));
        Assert.All(guarded, rule => Assert.NotNull(rule.Title));
    }
}
