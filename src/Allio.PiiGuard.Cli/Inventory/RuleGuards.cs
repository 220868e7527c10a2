using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Findings;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>Which rules of the catalog (DESIGN.md §3) enforce each part of the record of processing.</summary>
public static class RuleGuards
{
    private static readonly (string Topic, string[] RuleIds)[] Topics =
    [
        ("Disclosure: logs, serialization, exceptions, ToString, HTTP surface, telemetry", ["PII001", "PII002", "PII007", "PII008", "PII012", "PII013"]),
        ("Recipients and cross-border transfers", ["PII003", "PII004"]),
        ("Purpose limitation", ["PII005", "PII010"]),
        ("Database location (152-FZ art. 18 part 5)", ["PII011"]),
        ("Declarations and the policy file", ["PII006", "PII009", "PII014"]),
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
