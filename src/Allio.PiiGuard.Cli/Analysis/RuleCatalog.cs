using System.Collections.Immutable;
using System.Reflection;
using Allio.PiiGuard.Analyzers;
using Allio.PiiGuard.Cli.Findings;
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
                .Select(group => ToRule(group.First(), names))
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

    private static RuleInfo ToRule(DiagnosticDescriptor descriptor, IReadOnlyDictionary<string, string> names)
    {
        var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var description = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new RuleInfo(
            descriptor.Id,
            names.TryGetValue(descriptor.Id, out var name) ? name : descriptor.Id,
            title,
            description.Length > 0 ? description : title,
            descriptor.Category,
            ToLevel(descriptor.DefaultSeverity),
            descriptor.HelpLinkUri.Length > 0 ? descriptor.HelpLinkUri : RuleIdentifiers.HelpLink(descriptor.Id));
    }

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
