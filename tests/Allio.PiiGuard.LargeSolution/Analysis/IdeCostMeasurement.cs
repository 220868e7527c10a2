using System.Collections.Immutable;
using System.Diagnostics;
using Allio.PiiGuard.LargeSolution.SourceSet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// What an editor pays per keystroke: a method body of one document of the large project changes, a new
/// compilation is made, and the analyzers run on that document only (syntax and semantic, no filter span),
/// as the IDE's open-file analysis does. The compiler's own diagnostics of the same document on its own fresh
/// compilation are measured in the same loop, interleaved, as the reference.
/// </summary>
public static class IdeCostMeasurement
{
    private const int WarmUpEdits = 3;

    public static async Task RunAsync(int domains, int edits, TextWriter output)
    {
        var parseOptions = LargeAppCompilation.ParseOptions;
        var trees = LargeAppCompilation.Parse(domains);
        var compilation = LargeAppCompilation.Create(trees);
        var analyzers = PiiGuardComponents.CreateAnalyzers();
        ImmutableArray<AdditionalText> policy = [new InMemoryAdditionalText("/LargeApp/piiguard.json", LargeAppPolicy.Json)];
        output.WriteLine($"project: {trees.Length} files, {trees.Sum(tree => tree.GetText().Lines.Count)} lines; {analyzers.Length} analyzers");

        var compilerMs = new List<double>();
        var analyzersMs = new List<double>();
        var executionMs = new Dictionary<string, List<double>>();
        // Each driver runs on a compilation of its own, so neither profits from compiler work done for the other or the analyzers.
        var floorTiming = new GeneratorEditTiming("floor", [new FloorGenerator()], policy, parseOptions, Fresh(compilation));
        var generatorTiming = new GeneratorEditTiming("PiiGuard", PiiGuardComponents.CreateGenerators(), policy, parseOptions, Fresh(compilation));
        for (var edit = 0; edit < WarmUpEdits + edits; edit++)
        {
            var (oldTree, newTree) = EditMethodBody(trees, edit);
            var edited = compilation.ReplaceSyntaxTree(oldTree, newTree);
            double compilerTime;
            AnalyzerRun run;
            if (edit % 2 == 0)
            {
                compilerTime = CompilerDiagnosticsMs(compilation.ReplaceSyntaxTree(oldTree, newTree), newTree);
                run = await AnalyzeDocumentAsync(edited, newTree, analyzers, policy);
            }
            else
            {
                run = await AnalyzeDocumentAsync(edited, newTree, analyzers, policy);
                compilerTime = CompilerDiagnosticsMs(compilation.ReplaceSyntaxTree(oldTree, newTree), newTree);
            }

            if (edit % 2 == 0)
            {
                floorTiming.Edit(compilation.ReplaceSyntaxTree(oldTree, newTree), edit >= WarmUpEdits);
                generatorTiming.Edit(compilation.ReplaceSyntaxTree(oldTree, newTree), edit >= WarmUpEdits);
            }
            else
            {
                generatorTiming.Edit(compilation.ReplaceSyntaxTree(oldTree, newTree), edit >= WarmUpEdits);
                floorTiming.Edit(compilation.ReplaceSyntaxTree(oldTree, newTree), edit >= WarmUpEdits);
            }

            if (edit < WarmUpEdits)
            {
                continue;
            }

            compilerMs.Add(compilerTime);
            analyzersMs.Add(run.WallMs);
            foreach (var (name, ms) in run.ExecutionMs)
            {
                (executionMs.TryGetValue(name, out var list) ? list : executionMs[name] = []).Add(ms);
            }
        }

        output.WriteLine($"edits measured: {edits} (after {WarmUpEdits} warm-up edits)");
        output.WriteLine($"median ms per edited document, compiler diagnostics alone (fresh compilation): {Median.Of(compilerMs):F1}");
        output.WriteLine($"median ms per edited document, all PiiGuard analyzers, syntax + semantic (fresh compilation): {Median.Of(analyzersMs):F1}");
        output.WriteLine($"median ms per edited document, sum of analyzer execution time: {Median.Of([.. Enumerable.Range(0, edits).Select(i => executionMs.Values.Sum(list => list[i]))]):F1}");
        foreach (var (name, list) in executionMs.OrderByDescending(pair => Median.Of(pair.Value)))
        {
            output.WriteLine($"  {name,-40} median {Median.Of(list):F2} ms");
        }

        floorTiming.Report(output);
        generatorTiming.Report(output);
        output.WriteLine($"generator per edit above the floor: {generatorTiming.MedianEditMs - floorTiming.MedianEditMs:F2} ms (difference of the medians)");
    }

    /// <summary>Changes a log message in a method body of a service file; a different document at every edit.</summary>
    private static (SyntaxTree Old, SyntaxTree New) EditMethodBody(SyntaxTree[] trees, int edit)
    {
        var services = trees.Where(tree => tree.FilePath.Contains("/Services/", StringComparison.Ordinal)).ToArray();
        var old = services[(edit * 7) % services.Length];
        var text = old.GetText().ToString().Replace("\"Step 0 for", $"\"Step 0 (edit {edit}) for", StringComparison.Ordinal);
        return (old, old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
    }

    /// <summary>The same trees in a compilation that shares no declaration table with <paramref name="compilation"/>.</summary>
    private static Compilation Fresh(Compilation compilation) =>
        compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees);

    private static double CompilerDiagnosticsMs(Compilation compilation, SyntaxTree tree)
    {
        var stopwatch = Stopwatch.StartNew();
        _ = compilation.GetSemanticModel(tree).GetDiagnostics();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static async Task<AnalyzerRun> AnalyzeDocumentAsync(
        Compilation compilation, SyntaxTree tree, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<AdditionalText> policy)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(policy), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        var stopwatch = Stopwatch.StartNew();
        _ = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None);
        _ = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
        var wallMs = stopwatch.Elapsed.TotalMilliseconds;
        var execution = new List<(string, double)>();
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            execution.Add((analyzer.GetType().Name, telemetry.ExecutionTime.TotalMilliseconds));
        }

        return new AnalyzerRun(wallMs, execution);
    }

    private sealed record AnalyzerRun(double WallMs, IReadOnlyList<(string Name, double Ms)> ExecutionMs);
}
