using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// Every analyzer and incremental generator PiiGuard ships, found by reflection over its compiler assemblies,
/// so rules and generators added later are measured and fuzzed without edits.
/// </summary>
public static class PiiGuardComponents
{
    private const string AnalyzerAssembly = "Allio.PiiGuard.Analyzers";
    private const string GeneratorAssembly = "Allio.PiiGuard.Generators";

    /// <summary>New instances of every <see cref="DiagnosticAnalyzer"/> of the analyzer assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
        [.. Instantiate<DiagnosticAnalyzer>(AnalyzerAssembly, type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)];

    /// <summary>New instances of every <see cref="IIncrementalGenerator"/> of the generator assembly; empty until one exists.</summary>
    public static ImmutableArray<IIncrementalGenerator> CreateGenerators() =>
        [.. Instantiate<IIncrementalGenerator>(GeneratorAssembly, type => type.GetCustomAttribute<GeneratorAttribute>() is not null)];

    private static IEnumerable<T> Instantiate<T>(string assemblyName, Func<Type, bool> isExported) =>
        Assembly.Load(assemblyName).GetTypes()
            .Where(type => !type.IsAbstract && typeof(T).IsAssignableFrom(type) && isExported(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (T)Activator.CreateInstance(type)!);
}
