using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Allio.PiiGuard.LargeSolution.Analysis;
using Allio.PiiGuard.LargeSolution.SourceSet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Robustness.Tests;

/// <summary>
/// The IDE and the compiler server keep analyzer and generator instances for hours while compilations come and go:
/// no static or instance field, cache or table of PiiGuard may keep a compilation (or a symbol of one) alive.
/// The same instances analyze fresh compilations; only weak references to those compilations survive the loop.
/// </summary>
public sealed class CompilationLifetimeTests
{
    private const int Compilations = 30;
    private const int FlushCompilations = 2;

    [Fact]
    public async Task No_compilation_stays_alive_after_analysis_and_generation()
    {
        var analyzers = PiiGuardComponents.CreateAnalyzers();
        var generators = PiiGuardComponents.CreateGenerators();
        var (compilations, reported) = await AnalyzeFreshCompilationsAsync(analyzers, generators);

        // The runtime briefly keeps the newest unit of work reachable (a thread-pool slot, a finished task), which
        // made the last tracked compilation survive in about one run in two. Untracked compilations after the loop
        // take that slot; a cache of PiiGuard that accumulates compilations would still keep tracked ones alive.
        for (var flush = 0; flush < FlushCompilations; flush++)
        {
            await AnalyzeFreshCompilationAsync(Compilations + flush, analyzers, generators);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.True(reported > 0, "the analyzers reported nothing: they did not run on the compilations");
        Assert.DoesNotContain(compilations, compilation => compilation.IsAlive);
        GC.KeepAlive(analyzers);
        GC.KeepAlive(generators);
    }

    /// <summary>
    /// The loop lives in its own method: an awaiter left in a stack slot of the caller then holds this method's
    /// task (weak references only), never the last worker's task and the compilation hoisted into it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(List<WeakReference> Compilations, int Reported)> AnalyzeFreshCompilationsAsync(
        ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<IIncrementalGenerator> generators)
    {
        var compilations = new List<WeakReference>();
        var reported = 0;
        for (var index = 0; index < Compilations; index++)
        {
            var (compilation, diagnostics) = await AnalyzeFreshCompilationAsync(index, analyzers, generators);
            compilations.Add(compilation);
            reported += diagnostics;
        }

        return (compilations, reported);
    }

    /// <summary>
    /// Builds, analyzes and generates one compilation of a generated domain; returns only a weak reference to it
    /// and the number of PiiGuard diagnostics.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(WeakReference Compilation, int Diagnostics)> AnalyzeFreshCompilationAsync(
        int index, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<IIncrementalGenerator> generators)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create(
            $"Lifetime{index}",
            RealisticSourceSet.Domain(index).Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, file.RelativePath)),
            CompilationReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        ImmutableArray<AdditionalText> policy = [new InMemoryAdditionalText("/Lifetime/piiguard.json", LargeAppPolicy.Json)];
        var diagnostics = await compilation
            .WithAnalyzers(analyzers, new AnalyzerOptions(policy))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        CSharpGeneratorDriver.Create([.. generators.Select(GeneratorExtensions.AsSourceGenerator)], policy, parseOptions).RunGenerators(compilation);
        return (new WeakReference(compilation), diagnostics.Count(diagnostic => diagnostic.Id.StartsWith("PII", StringComparison.Ordinal)));
    }
}
