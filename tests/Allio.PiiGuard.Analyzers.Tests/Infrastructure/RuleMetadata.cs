using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Allio.PiiGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Allio.PiiGuard.Analyzers.Tests.Infrastructure;

/// <summary>What the descriptors say about one rule id: the single source the docs and release notes follow.</summary>
/// <param name="Id">Rule id.</param>
/// <param name="Category">The category every descriptor of the id shares.</param>
/// <param name="Severity">The default severity every descriptor of the id shares.</param>
/// <param name="Titles">Distinct titles, in declaration order (PII009 reports three kinds of problem under one id).</param>
/// <param name="Analyzers">Names of the analyzer types that declare the id.</param>
/// <param name="HelpLink">The help link every descriptor of the id shares.</param>
/// <param name="HasCodeFix">Whether a code fix provider of the CodeFixes assembly fixes the id.</param>
internal sealed record RuleMetadata(
    string Id,
    string Category,
    DiagnosticSeverity Severity,
    ImmutableArray<string> Titles,
    ImmutableArray<string> Analyzers,
    string HelpLink,
    bool HasCodeFix)
{
    /// <summary>Every rule id the analyzer assembly declares, sorted by id.</summary>
    public static ImmutableArray<RuleMetadata> All { get; } = Read();

    private static ImmutableArray<RuleMetadata> Read()
    {
        var fixable = typeof(PiiInLogFixer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type)
                && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .SelectMany(type => ((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);

        return
        [
            .. AnalyzerCatalog.All
                .SelectMany(analyzer => analyzer.SupportedDiagnostics.Select(descriptor => (Analyzer: analyzer.GetType().Name, Descriptor: descriptor)))
                .GroupBy(pair => pair.Descriptor.Id, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => new RuleMetadata(
                    group.Key,
                    Single(group.Key, "category", group.Select(pair => pair.Descriptor.Category)),
                    Single(group.Key, "default severity", group.Select(pair => pair.Descriptor.DefaultSeverity)),
                    [.. group.Select(pair => pair.Descriptor.Title.ToString(CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal)],
                    [.. group.Select(pair => pair.Analyzer).Distinct(StringComparer.Ordinal)],
                    Single(group.Key, "help link", group.Select(pair => pair.Descriptor.HelpLinkUri)),
                    fixable.Contains(group.Key))),
        ];
    }

    /// <summary>Descriptors sharing an id must agree on what the docs show once per rule.</summary>
    private static T Single<T>(string id, string what, IEnumerable<T> values)
    {
        var distinct = values.Distinct().ToList();
        return distinct.Count == 1
            ? distinct[0]
            : throw new InvalidOperationException($"{id}: its descriptors disagree on the {what}: {string.Join(", ", distinct)}");
    }
}
