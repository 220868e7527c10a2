using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Allio.PiiGuard.Analyzers;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>Rule metadata for reports, read from the descriptors the analyzers declare.</summary>
public static class RuleCatalog
{
    /// <summary>One entry per rule id the analyzers support, sorted by id.</summary>
    public static ImmutableArray<RuleInfo> Describe(IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        var names = ConstantNames();
        return
        [
            .. analyzers
                .SelectMany(analyzer => analyzer.SupportedDiagnostics)
                .GroupBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                .Select(group => ToRule(group.First(), names, group.Select(descriptor => descriptor.Title.ToString(CultureInfo.InvariantCulture)).Distinct().Count() > 1))
                .OrderBy(rule => rule.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>Maps a Roslyn severity to a report level (hidden diagnostics are never reported).</summary>
    public static FindingLevel ToLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => FindingLevel.Error,
        DiagnosticSeverity.Warning => FindingLevel.Warning,
        _ => FindingLevel.Note,
    };

    private static RuleInfo ToRule(DiagnosticDescriptor descriptor, IReadOnlyDictionary<string, string> names, bool severalTitles)
    {
        // A rule with one descriptor per problem (PII009) is named by its page's heading, not by its first problem.
        var title = severalTitles && PageTitle(descriptor.Id) is { } pageTitle
            ? pageTitle
            : descriptor.Title.ToString(CultureInfo.InvariantCulture);
        var description = descriptor.Description.ToString(CultureInfo.InvariantCulture);
        return new RuleInfo(
            descriptor.Id,
            names.TryGetValue(descriptor.Id, out var name) ? name : descriptor.Id,
            title,
            description.Length > 0 ? description : title,
            descriptor.Category,
            ToLevel(descriptor.DefaultSeverity),
            descriptor.HelpLinkUri.Length > 0 ? descriptor.HelpLinkUri : RuleIdentifiers.HelpLink(descriptor.Id));
    }

    /// <summary>The heading of the rule page, <c># PII009: Policy problem</c>, without the id.</summary>
    private static string? PageTitle(string ruleId) =>
        RuleHelp.Markdown(ruleId)?.Split('\n', 2)[0] is { } heading && heading.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0
            ? heading[(colon + 2)..].Trim()
            : null;

    /// <summary>
    /// SARIF wants an identifier-like rule name: the constant's name in <see cref="RuleIdentifiers"/>
    /// (<c>LoggedPii</c> for <c>PII001</c>) is exactly that, and stays in one place.
    /// </summary>
    private static Dictionary<string, string> ConstantNames() =>
        typeof(RuleIdentifiers)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string))
            .ToDictionary(field => (string)field.GetRawConstantValue()!, field => field.Name, StringComparer.Ordinal);
}
