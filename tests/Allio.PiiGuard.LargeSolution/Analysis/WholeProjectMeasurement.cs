using System.Collections.Immutable;
using System.Diagnostics;
using Allio.PiiGuard.Analyzers.Benchmarks;
using Allio.PiiGuard.LargeSolution.SourceSet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// What PiiGuard's analyzers add to the analysis of the whole large project, in one process: the project with the
/// hooks PiiGuard's generator writes (as the compiler sees it) is analyzed on fresh compilations, interleaved, once
/// with a floor analyzer alone (binding every document and building its operation trees) and once with the floor and
/// every PiiGuard analyzer that a command-line build runs. Quicker to repeat than the MSBuild benchmark, so it is the
/// loop to rank analyzers and to profile in (<c>--sequential</c> runs the analyzers on one thread: a clean CPU profile
/// under <c>dotnet-trace</c>). Its runs follow one another, so the machine's drift (±15 % on the shared 2-core machine)
/// lands in its ratio: the build benchmark, which runs its variants side by side, gives the verdict.
/// </summary>
public static class WholeProjectMeasurement
{
    public static async Task RunAsync(
        int domains, int runs, bool sequential, TextWriter output, bool stripMarks = false, bool infer = false, string? dumpPath = null)
    {
        var parseOptions = LargeAppCompilation.ParseOptions;
        var trees = LargeAppCompilation.Parse(domains);
        if (stripMarks)
        {
            // The codebase before anyone annotated it: the case where the flow rules must cost (almost) nothing.
            trees = MarkStripper.Strip(trees);
        }

        var configuration = infer
            ? new GlobalAnalyzerOptions(ImmutableDictionary<string, string>.Empty.Add("build_property.PiiGuardInference", "names"))
            : null;
        Compilation NewCompilation() => LargeAppCompilation.Create(trees);
        var floor = new EmptyOperationAnalyzer();
        // The command-line compiler skips analyzers whose rules all default to Info or Hidden (PII006, PII014): so does this.
        var piiguard = PiiGuardComponents.CreateAnalyzers()
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(rule => rule.DefaultSeverity >= DiagnosticSeverity.Warning))
            .ToImmutableArray();
        ImmutableArray<AdditionalText> policy = [new InMemoryAdditionalText("/LargeApp/piiguard.json", LargeAppPolicy.Json)];
        output.WriteLine($"project: {trees.Length} files, {trees.Sum(tree => tree.GetText().Lines.Count)} lines; {piiguard.Length} analyzers; {runs} runs after a warm-up"
            + (stripMarks ? "; marks stripped" : string.Empty) + (infer ? "; inference on" : string.Empty));

        var generation = Stopwatch.StartNew();
        CSharpGeneratorDriver.Create([.. PiiGuardComponents.CreateGenerators().Select(GeneratorExtensions.AsSourceGenerator)], policy, parseOptions)
            .RunGeneratorsAndUpdateCompilation(NewCompilation(), out var generated, out _);
        var generatorMs = generation.Elapsed.TotalMilliseconds;
        var hooks = generated.SyntaxTrees.Skip(trees.Length).ToArray();
        output.WriteLine($"generator: {hooks.Length} files, {hooks.Sum(tree => tree.GetText().Lines.Count)} lines in {generatorMs:F0} ms (first run, JIT included)");
        Compilation WithHooks() => NewCompilation().AddSyntaxTrees(hooks);

        var floorRuns = new List<(double WallMs, double CpuMs)>();
        var withPiiGuardRuns = new List<(double WallMs, double CpuMs)>();
        var perAnalyzer = new Dictionary<string, List<double>>();
        IReadOnlyDictionary<string, int> findings = new Dictionary<string, int>();
        ImmutableArray<Diagnostic> diagnostics = [];
        for (var run = -1; run < runs; run++)
        {
            // Rotate the order, so that a drift in the machine's load favours no variant.
            var variants = new Func<Task>[]
            {
                async () =>
                {
                    var (wallMs, cpuMs, _) = await AnalyzeAsync(WithHooks(), [floor], policy, configuration, sequential);
                    floorRuns.Add((wallMs, cpuMs));
                },
                async () =>
                {
                    var (wallMs, cpuMs, result) = await AnalyzeAsync(WithHooks(), [floor, .. piiguard], policy, configuration, sequential);
                    withPiiGuardRuns.Add((wallMs, cpuMs));
                    foreach (var analyzer in piiguard)
                    {
                        var name = analyzer.GetType().Name;
                        (perAnalyzer.TryGetValue(name, out var list) ? list : perAnalyzer[name] = []).Add(result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds);
                    }

                    diagnostics = result.GetAllDiagnostics();
                    findings = diagnostics.GroupBy(diagnostic => diagnostic.Id).ToDictionary(group => group.Key, group => group.Count());
                },
            };
            for (var index = 0; index < variants.Length; index++)
            {
                await variants[(index + run + 1) % variants.Length]();
            }

            if (run < 0)
            {
                // The warm-up run JITs every variant; its figures are dropped.
                floorRuns.Clear();
                withPiiGuardRuns.Clear();
                perAnalyzer.Clear();
            }
        }

        var (floorMedian, fullMedian) = (Median.Of([.. floorRuns.Select(r => r.WallMs)]), Median.Of([.. withPiiGuardRuns.Select(r => r.WallMs)]));
        output.WriteLine($"median wall ms, driver with the floor analyzer (binding, operation trees): {floorMedian:F0}");
        output.WriteLine($"median wall ms, driver with the floor and PiiGuard's analyzers: {fullMedian:F0}");
        output.WriteLine($"PiiGuard's analyzers add {Percent(fullMedian, floorMedian)} to the analysis of the project");
        var (floorCpu, fullCpu) = (Median.Of([.. floorRuns.Select(r => r.CpuMs)]), Median.Of([.. withPiiGuardRuns.Select(r => r.CpuMs)]));
        output.WriteLine($"median process CPU ms (all threads): floor {floorCpu:F0}, with PiiGuard {fullCpu:F0}, {Percent(fullCpu, floorCpu)}");
        output.WriteLine("per analyzer, time in its callbacks summed over threads (includes waiting on shared binding; a ranking, not a share):");
        foreach (var (name, list) in perAnalyzer.OrderByDescending(pair => Median.Of(pair.Value)))
        {
            output.WriteLine($"  {name,-40} median {Median.Of(list),8:F0} ms");
        }

        output.WriteLine("findings: " + string.Join(", ", findings.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}")));
        if (dumpPath is not null)
        {
            // One line per finding (id, place, message), sorted: two builds of the analyzers compare with a plain diff.
            await File.WriteAllLinesAsync(dumpPath, diagnostics.Select(Line).Order(StringComparer.Ordinal));
        }
    }

    private static string Line(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) "
            + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Percent(double value, double reference) => $"{100 * (value / reference - 1):+0.0;-0.0} %";

    private static async Task<(double WallMs, double CpuMs, AnalysisResult Result)> AnalyzeAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<AdditionalText> policy,
        AnalyzerConfigOptionsProvider? configuration, bool sequential)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(configuration is null ? new AnalyzerOptions(policy) : new AnalyzerOptions(policy, configuration), onAnalyzerException: null, concurrentAnalysis: !sequential, logAnalyzerExecutionTime: true));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
        var wallMs = stopwatch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wallMs, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds, result);
    }
}
