using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// One set of generators' time per edit on the large project, where it goes (the driver's own step timings), and
/// whether the outputs stayed cached: an edit in a method body of a service touches no <c>[Pii]</c> type, so every
/// output step must be Cached or Unchanged.
/// </summary>
internal sealed class GeneratorEditTiming
{
    private readonly string label;
    private readonly ImmutableArray<IIncrementalGenerator> generators;
    private readonly List<double> editMs = [];
    private readonly Dictionary<string, List<double>> stepMs = [];
    private readonly double firstRunMs;
    private readonly int generatedFiles;
    private readonly int generatedLines;
    private GeneratorDriver driver;
    private int recomputedOutputs;
    private int outputs;

    public GeneratorEditTiming(
        string label, ImmutableArray<IIncrementalGenerator> generators, ImmutableArray<AdditionalText> policy, CSharpParseOptions parseOptions, Compilation compilation)
    {
        this.label = label;
        this.generators = generators;
        driver = CSharpGeneratorDriver.Create(
            [.. generators.Select(GeneratorExtensions.AsSourceGenerator)],
            policy,
            parseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var stopwatch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        firstRunMs = stopwatch.Elapsed.TotalMilliseconds;
        var generated = driver.GetRunResult().GeneratedTrees;
        generatedFiles = generated.Length;
        generatedLines = generated.Sum(tree => tree.GetText().Lines.Count);
    }

    /// <summary>Runs the driver on <paramref name="edited"/>, which must be this timing's own compilation: the compiler work it does is charged here.</summary>
    public void Edit(Compilation edited, bool measured)
    {
        if (generators.IsEmpty)
        {
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        driver = driver.RunGenerators(edited);
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        if (!measured)
        {
            return;
        }

        editMs.Add(elapsed);
        var results = driver.GetRunResult().Results;
        foreach (var (name, steps) in results.SelectMany(result => result.TrackedSteps))
        {
            (stepMs.TryGetValue(name, out var list) ? list : stepMs[name] = []).Add(steps.Sum(step => step.ElapsedTime.TotalMilliseconds));
        }

        foreach (var step in results.SelectMany(result => result.TrackedOutputSteps.SelectMany(pair => pair.Value)))
        {
            foreach (var (_, reason) in step.Outputs)
            {
                outputs++;
                if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    recomputedOutputs++;
                }
            }
        }
    }

    public double MedianEditMs => Median.Of(editMs);

    public void Report(TextWriter output)
    {
        if (generators.IsEmpty)
        {
            output.WriteLine($"generator ({label}): the assembly has no IIncrementalGenerator yet; nothing to time");
            return;
        }

        output.WriteLine($"generator ({label}): first run {firstRunMs:F1} ms; median per edit {MedianEditMs:F2} ms; "
            + $"output steps after unrelated edits: {outputs}, recomputed: {recomputedOutputs}; "
            + $"emitted {generatedFiles} files, {generatedLines} lines");
        foreach (var (name, list) in stepMs.OrderByDescending(pair => Median.Of(pair.Value)))
        {
            output.WriteLine($"  step {name,-56} median {Median.Of(list):F2} ms");
        }
    }
}
