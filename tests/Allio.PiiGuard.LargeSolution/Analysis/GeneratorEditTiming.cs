using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// The generator's time per edit on the large project, and whether its outputs stayed cached: an edit in a
/// method body of a service touches no <c>[Pii]</c> type, so every output step must be Cached or Unchanged.
/// </summary>
internal sealed class GeneratorEditTiming
{
    private readonly ImmutableArray<IIncrementalGenerator> generators;
    private readonly List<double> editMs = [];
    private readonly double firstRunMs;
    private GeneratorDriver driver;
    private int recomputedOutputs;
    private int outputs;

    public GeneratorEditTiming(
        ImmutableArray<IIncrementalGenerator> generators, ImmutableArray<AdditionalText> policy, CSharpParseOptions parseOptions, Compilation compilation)
    {
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
    }

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
        foreach (var step in driver.GetRunResult().Results.SelectMany(result => result.TrackedOutputSteps.SelectMany(pair => pair.Value)))
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

    public void Report(TextWriter output)
    {
        if (generators.IsEmpty)
        {
            output.WriteLine("generator: the generator assembly has no IIncrementalGenerator yet; nothing to time");
            return;
        }

        output.WriteLine($"generator: first run {firstRunMs:F1} ms; median per edit {Median.Of(editMs):F2} ms; "
            + $"output steps after unrelated edits: {outputs}, recomputed: {recomputedOutputs}");
    }
}
