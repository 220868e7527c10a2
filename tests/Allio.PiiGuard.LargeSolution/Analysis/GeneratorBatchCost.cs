using System.Collections.Immutable;
using System.Diagnostics;
using Allio.PiiGuard.LargeSolution.SourceSet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// What PiiGuard's generator costs a batch build: one run of a new driver on a new compilation of the large project, as
/// the command-line compiler does it, timed as a whole (process CPU and wall) and per tracked step. With a baseline
/// assembly the two generators run alternately, each on a compilation of its own.
/// </summary>
public static class GeneratorBatchCost
{
    public static void Run(int domains, int runs, string? baselinePath, TextWriter output)
    {
        var trees = LargeAppCompilation.Parse(domains);
        ImmutableArray<AdditionalText> policy = [new InMemoryAdditionalText("/LargeApp/piiguard.json", LargeAppPolicy.Json)];
        var variants = new List<Variant> { new("current", PiiGuardComponents.CreateGenerators()) };
        if (baselinePath is not null)
        {
            variants.Add(new Variant("baseline", BaselineGenerators.Load(baselinePath)));
        }

        output.WriteLine($"project: {trees.Length} files, {trees.Sum(tree => tree.GetText().Lines.Count)} lines; {runs} runs after a warm-up; load {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var run = -1; run < runs; run++)
        {
            // Alternate which variant goes first, so that a drift in the machine's load favours neither.
            foreach (var variant in run % 2 == 0 ? variants : Enumerable.Reverse(variants))
            {
                variant.RunOnce(trees, policy, measured: run >= 0);
            }
        }

        foreach (var variant in variants)
        {
            variant.Report(output);
        }

        if (variants.Count == 2)
        {
            var ratios = variants[0].CpuMs.Zip(variants[1].CpuMs, (current, baseline) => current / baseline).ToArray();
            output.WriteLine($"current / baseline process CPU: median of paired ratios {Median.Of(ratios):F2}; load {File.ReadAllText("/proc/loadavg").Trim()}");
        }
    }

    private sealed class Variant(string label, ImmutableArray<IIncrementalGenerator> generators)
    {
        private readonly Dictionary<string, List<double>> stepMs = [];
        private readonly List<double> wallMs = [];
        private int files;
        private int lines;

        public List<double> CpuMs { get; } = [];

        public void RunOnce(SyntaxTree[] trees, ImmutableArray<AdditionalText> policy, bool measured)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                [.. generators.Select(GeneratorExtensions.AsSourceGenerator)],
                policy,
                LargeAppCompilation.ParseOptions,
                optionsProvider: null,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            var compilation = LargeAppCompilation.Create(trees);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            var wall = stopwatch.Elapsed.TotalMilliseconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            if (!measured)
            {
                return;
            }

            CpuMs.Add(cpu);
            wallMs.Add(wall);
            var result = driver.GetRunResult();
            if (result.Results.FirstOrDefault(generatorResult => generatorResult.Exception is not null) is { Exception: { } exception })
            {
                throw new InvalidOperationException($"the generator ({label}) failed", exception);
            }

            files = result.GeneratedTrees.Length;
            lines = result.GeneratedTrees.Sum(tree => tree.GetText().Lines.Count);
            var perStep = new Dictionary<string, double>();
            foreach (var (name, steps) in result.Results.SelectMany(generatorResult => generatorResult.TrackedSteps.Concat(generatorResult.TrackedOutputSteps)))
            {
                perStep[name] = perStep.GetValueOrDefault(name) + steps.Sum(step => step.ElapsedTime.TotalMilliseconds);
            }

            foreach (var (name, ms) in perStep)
            {
                (stepMs.TryGetValue(name, out var list) ? list : stepMs[name] = []).Add(ms);
            }
        }

        public void Report(TextWriter output)
        {
            output.WriteLine($"generator ({label}): median process CPU {Median.Of(CpuMs):F0} ms, wall {Median.Of(wallMs):F0} ms per batch run; emitted {files} files, {lines} lines");
            foreach (var (name, list) in stepMs.OrderByDescending(pair => Median.Of(pair.Value)))
            {
                output.WriteLine($"  step {name,-40} median {Median.Of(list):F1} ms");
            }
        }
    }
}
