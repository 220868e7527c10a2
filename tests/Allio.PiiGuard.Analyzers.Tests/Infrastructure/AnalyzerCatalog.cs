using System.Collections.Immutable;
using System.Reflection;
using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Tests.Infrastructure;

/// <summary>Every analyzer the analyzer assembly ships, found by reflection so new rules are covered without edits.</summary>
internal static class AnalyzerCatalog
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
    [
        .. typeof(PiiInLogAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!),
    ];
}
