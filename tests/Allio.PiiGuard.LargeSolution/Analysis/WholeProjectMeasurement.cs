using System.Collections.Immutable;
using System.Diagnostics;
using Allio.PiiGuard.LargeSolution.SourceSet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// What PiiGuard's analyzers add to the analysis of the whole large project, in one process: the analyzer driver
/// runs over a fresh compilation once with a floor analyzer alone (binding every document and building its
/// operation trees) and once with the floor and every PiiGuard analyzer, interleaved; the wall-clock difference is
/// PiiGuard's cost. Quicker to repeat than the MSBuild benchmark, so it is the loop to try a change in.
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
        var floor = new FloorAnalyzer();
        var piiguard = PiiGuardComponents.CreateAnalyzers();
        ImmutableArray<AdditionalText> policy = [new InMemoryAdditionalText("/LargeApp/piiguard.json", LargeAppPolicy.Json)];
        output.WriteLine($"project: {trees.Length} files, {trees.Sum(tree => tree.GetText().Lines.Count)} lines; {piiguard.Length} analyzers; {runs} runs after a warm-up");

        var floorMs = new List<double>();
        var withPiiGuardMs = new List<double>();
        var perAnalyzer = new Dictionary<string, List<double>>();
        IReadOnlyDictionary<string, int> findings = new Dictionary<string, int>();
        for (var run = -1; run < runs; run++)
        {
            // Alternate the order, so that a drift in the machine's load favours neither variant.
            var floorFirst = run % 2 == 0;
            var floorRun = floorFirst ? await AnalyzeAsync(NewCompilation(), [floor], policy) : default;
            var fullRun = await AnalyzeAsync(NewCompilation(), [floor, .. piiguard], policy);
            if (!floorFirst)
            {
                floorRun = await AnalyzeAsync(NewCompilation(), [floor], policy);
            }

            if (run < 0)
            {
                continue;
            }

            floorMs.Add(floorRun.WallMs);
            withPiiGuardMs.Add(fullRun.WallMs);
            foreach (var analyzer in piiguard)
            {
                var name = analyzer.GetType().Name;
                (perAnalyzer.TryGetValue(name, out var list) ? list : perAnalyzer[name] = []).Add(fullRun.Result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds);
            }

            findings = fullRun.Result.GetAllDiagnostics().GroupBy(diagnostic => diagnostic.Id).ToDictionary(group => group.Key, group => group.Count());
        }

        var (floorMedian, fullMedian) = (Median.Of(floorMs), Median.Of(withPiiGuardMs));
        output.WriteLine($"median wall ms, driver with the floor analyzer (binding, operation trees): {floorMedian:F0}");
        output.WriteLine($"median wall ms, driver with the floor and PiiGuard's analyzers: {fullMedian:F0}");
        output.WriteLine($"PiiGuard's analyzers add {100 * (fullMedian / floorMedian - 1):F1} % to the analysis of the project");
        output.WriteLine("per analyzer, time in its callbacks summed over threads (includes waiting on shared binding; a ranking, not a share):");
        foreach (var (name, list) in perAnalyzer.OrderByDescending(pair => Median.Of(pair.Value)))
        {
            output.WriteLine($"  {name,-40} median {Median.Of(list),8:F0} ms");
        }

        output.WriteLine("findings: " + string.Join(", ", findings.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}")));
    }

    private static async Task<(double WallMs, AnalysisResult Result)> AnalyzeAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<AdditionalText> policy)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(policy), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        var stopwatch = Stopwatch.StartNew();
        var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
        return (stopwatch.Elapsed.TotalMilliseconds, result);
    }
}
