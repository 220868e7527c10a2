using System.Collections.Concurrent;
using System.Collections.Immutable;
using Allio.PiiGuard.LargeSolution.Analysis;
using Allio.PiiGuard.Robustness.Tests.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Robustness.Tests.Harness;

/// <summary>
/// Compiles a document with its companions and runs every PiiGuard analyzer and generator over it with a policy
/// as an additional file, collecting every exception: the analyzer-exception callback, AD0001/AD0002 diagnostics,
/// a generator's <see cref="GeneratorRunResult.Exception"/> and the compiler's generator-failure diagnostics.
/// The analyzer and generator instances are shared by all runs, as the compiler server shares them.
/// </summary>
public sealed class CrashHarness
{
    private const string PolicyPath = "/Fuzz/piiguard.json";
    private static readonly string[] AnalyzerFailureIds = ["AD0001", "AD0002"];
    private static readonly string[] GeneratorFailureIds = ["CS8784", "CS8785"];

    private readonly ImmutableArray<DiagnosticAnalyzer> analyzers = PiiGuardComponents.CreateAnalyzers();
    private readonly ImmutableArray<ISourceGenerator> generators = [.. PiiGuardComponents.CreateGenerators().Select(GeneratorExtensions.AsSourceGenerator)];

    /// <summary>Documents are added to one empty compilation, so its bound references are reused by every run.</summary>
    private readonly CSharpCompilation empty = CSharpCompilation.Create(
        "Fuzz",
        references: CompilationReferences.All,
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public int AnalyzerCount => analyzers.Length;

    public int GeneratorCount => generators.Length;

    public ConcurrentBag<CrashReport> Crashes { get; } = [];

    public async Task RunAsync(CorpusDocument document, string? policy, CancellationToken cancellationToken)
    {
        var compilation = empty.AddSyntaxTrees(
            [
                CSharpSyntaxTree.ParseText(document.Text, CorpusParseOptions.Value, "/Fuzz/Document.cs", cancellationToken: cancellationToken),
                .. document.Companions.Select((text, index) => CSharpSyntaxTree.ParseText(text, CorpusParseOptions.Value, $"/Fuzz/Companion{index}.cs", cancellationToken: cancellationToken)),
            ]);
        ImmutableArray<AdditionalText> additionalFiles = policy is null ? [] : [new InMemoryAdditionalText(PolicyPath, policy)];

        await RunAnalyzersAsync(compilation, additionalFiles, document, policy, cancellationToken);
        RunGenerators(compilation, additionalFiles, document, policy, cancellationToken);
    }

    private async Task RunAnalyzersAsync(
        Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, CorpusDocument document, string? policy, CancellationToken cancellationToken)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles),
            onAnalyzerException: (exception, analyzer, _) => Crashes.Add(new CrashReport(analyzer.GetType().Name, document.Name, policy, exception.ToString(), document.Text)),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
        foreach (var diagnostic in diagnostics.Where(diagnostic => AnalyzerFailureIds.Contains(diagnostic.Id)))
        {
            Crashes.Add(new CrashReport(diagnostic.Id, document.Name, policy, diagnostic.ToString(), document.Text));
        }
    }

    private void RunGenerators(
        Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, CorpusDocument document, string? policy, CancellationToken cancellationToken)
    {
        if (generators.IsEmpty)
        {
            return;
        }

        var result = CSharpGeneratorDriver.Create(generators, additionalFiles, CorpusParseOptions.Value)
            .RunGenerators(compilation, cancellationToken)
            .GetRunResult();
        foreach (var generatorResult in result.Results.Where(generatorResult => generatorResult.Exception is not null))
        {
            Crashes.Add(new CrashReport(generatorResult.Generator.GetGeneratorType().Name, document.Name, policy, generatorResult.Exception!.ToString(), document.Text));
        }

        foreach (var diagnostic in result.Diagnostics.Where(diagnostic => GeneratorFailureIds.Contains(diagnostic.Id)))
        {
            Crashes.Add(new CrashReport(diagnostic.Id, document.Name, policy, diagnostic.ToString(), document.Text));
        }
    }
}
