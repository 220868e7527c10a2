using System.Collections.Immutable;
using System.Diagnostics;
using Allio.PiiGuard.LargeSolution.SourceSet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// What each analyzer costs on the whole large project, with its policy, in one process: the compiler's binding of
/// every document is the reference, then all PiiGuard analyzers run on a fresh compilation and the driver times each.
/// Quicker to repeat than the MSBuild benchmark, so it is the loop to profile a rule in; the build ratio stays the verdict.
/// </summary>
public static class WholeProjectMeasurement
{
    public static async Task RunAsync(int domains, int runs, TextWriter output)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = RealisticSourceSet.Files(domains)
            .Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, path: "/LargeApp/" + file.RelativePath))
            .ToArray();
        Compilation NewCompilation() => CSharpCompilation.Create(
            "LargeApp",
            trees,
            CompilationReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var analyzers = PiiGuardComponents.CreateAnalyzers();
        ImmutableArray<AdditionalText> policy = [new InMemoryAdditionalText("/LargeApp/piiguard.json", LargeAppPolicy.Json)];
        output.WriteLine($"project: {trees.Length} files, {trees.Sum(tree => tree.GetText().Lines.Count)} lines; {analyzers.Length} analyzers; {runs} runs after a warm-up");

        var bindMs = new List<double>();
        var summedMs = new List<double>();
        var perAnalyzer = new Dictionary<string, List<double>>();
        var findings = new Dictionary<string, int>();
        for (var run = -1; run < runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            _ = NewCompilation().GetDiagnostics();
            var bind = stopwatch.Elapsed.TotalMilliseconds;

            var withAnalyzers = NewCompilation().WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(policy), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
            var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
            if (run < 0)
            {
                continue;
            }

            bindMs.Add(bind);
            var summed = 0.0;
            foreach (var analyzer in analyzers)
            {
                var ms = result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds;
                summed += ms;
                (perAnalyzer.TryGetValue(analyzer.GetType().Name, out var list) ? list : perAnalyzer[analyzer.GetType().Name] = []).Add(ms);
            }

            summedMs.Add(summed);
            findings = result.GetAllDiagnostics().GroupBy(diagnostic => diagnostic.Id).ToDictionary(group => group.Key, group => group.Count());
        }

        output.WriteLine($"median ms, compiler binding and diagnostics of every document: {Median.Of(bindMs):F0}");
        output.WriteLine($"median ms, PiiGuard analyzers' summed execution time: {Median.Of(summedMs):F0} ({100 * Median.Of(summedMs) / Median.Of(bindMs):F1} % of binding)");
        foreach (var (name, list) in perAnalyzer.OrderByDescending(pair => Median.Of(pair.Value)))
        {
            output.WriteLine($"  {name,-40} median {Median.Of(list),8:F0} ms");
        }

        output.WriteLine("findings: " + string.Join(", ", findings.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}")));
    }
}
