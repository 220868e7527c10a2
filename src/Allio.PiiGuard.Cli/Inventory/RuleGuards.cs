using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers;
using Allio.PiiGuard.Cli.Findings;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>Which rules enforce each part of the record of processing.</summary>
public static class RuleGuards
{
    // Every rule belongs to exactly one topic; a test checks that against the analyzers' descriptors.
    private static readonly (string Topic, string[] RuleIds)[] Topics =
    [
        ("Disclosure: logs, serialization, exceptions, ToString, HTTP surface, telemetry", [RuleIdentifiers.LoggedPii, RuleIdentifiers.SerializedPii, RuleIdentifiers.PiiInException, RuleIdentifiers.PiiInToString, RuleIdentifiers.PiiOnHttpSurface, RuleIdentifiers.PiiInTelemetry]),
        ("Recipients and cross-border transfers", [RuleIdentifiers.ForbiddenCrossBorderTransfer, RuleIdentifiers.UndeclaredRecipient]),
        ("Purpose limitation", [RuleIdentifiers.PurposeMismatch, RuleIdentifiers.MissingPurpose]),
        ("Database location (152-FZ art. 18 part 5)", [RuleIdentifiers.StoreOutsideJurisdiction]),
        ("Declarations and the policy file", [RuleIdentifiers.UnmarkedPii, RuleIdentifiers.PolicyProblem, RuleIdentifiers.NotPartial]),
    ];

    /// <summary>The topics with each rule's title, or a null title when this build does not have the rule yet.</summary>
    public static ImmutableArray<RuleGuard> For(ImmutableArray<RuleInfo> rules)
    {
        var titles = rules.ToDictionary(rule => rule.Id, rule => rule.Title, StringComparer.Ordinal);
        return
        [
            .. Topics.Select(topic => new RuleGuard(
                topic.Topic,
                [.. topic.RuleIds.Select(id => (id, titles.TryGetValue(id, out var title) ? title : null))])),
        ];
    }
}
