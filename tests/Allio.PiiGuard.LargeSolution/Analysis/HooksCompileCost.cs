using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Allio.PiiGuard.LargeSolution.SourceSet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Logging;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// What the hooks PiiGuard's generator writes cost the compiler, in one process: the generator runs once, then fresh
/// compilations of the large project are emitted to memory, interleaved, without and with the generated files. No
/// analyzer runs, so the difference is the binding, lowering and code generation of the hooks alone.
/// </summary>
public static class HooksCompileCost
{
    public static void Run(int domains, int runs, string? baselinePath, TextWriter output)
    {
        var parsed = LargeAppCompilation.Parse(domains);
        // The services declare [LoggerMessage] methods: the logging generator writes them, or the project does not compile.
        CSharpGeneratorDriver.Create([LoggingGenerator()], parseOptions: LargeAppCompilation.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(LargeAppCompilation.Create(parsed), out var logged, out _);
        var trees = logged.SyntaxTrees.ToArray();
        output.WriteLine($"project: {parsed.Length} files, {parsed.Sum(tree => tree.GetText().Lines.Count)} lines (and {trees.Length - parsed.Length} of the logging generator); {runs} runs after a warm-up");
        var variants = new List<(string Label, SyntaxTree[] Trees, List<double> CpuMs)> { ("without hooks", trees, []) };
        variants.Add(("with hooks", [.. trees, .. Hooks(trees, PiiGuardComponents.CreateGenerators(), "hooks", output)], []));
        if (baselinePath is not null)
        {
            variants.Add(("with baseline hooks", [.. trees, .. Hooks(trees, BaselineGenerators.Load(baselinePath), "baseline hooks", output)], []));
        }

        output.WriteLine($"load before: {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var run = -1; run < runs; run++)
        {
            // Rotate which variant goes first, so that a drift in the machine's load favours none.
            for (var i = 0; i < variants.Count; i++)
            {
                var (label, variantTrees, cpu) = variants[(i + run + 1) % variants.Count];
                var (cpuMs, error) = Compile(LargeAppCompilation.Create(variantTrees));
                if (error is not null)
                {
                    // A project that does not compile stops before code generation: the comparison would be unfair.
                    throw new InvalidOperationException($"the project {label} does not compile: {error}");
                }

                if (run >= 0)
                {
                    cpu.Add(cpuMs);
                }
            }
        }

        var plain = variants[0].CpuMs;
        output.WriteLine($"load after: {File.ReadAllText("/proc/loadavg").Trim()}");
        output.WriteLine($"median process CPU ms to compile and emit: {string.Join(", ", variants.Select(variant => $"{variant.Label} {Median.Of(variant.CpuMs):F0}"))}");
        foreach (var (label, _, cpu) in variants.Skip(1))
        {
            var deltas = plain.Zip(cpu, (without, with) => with - without).ToArray();
            output.WriteLine($"{label}: add {Median.Of(deltas):F0} ms (median of paired differences), {100 * (Median.Of(cpu) / Median.Of(plain) - 1):+0.0;-0.0} % of the compilation");
        }

        if (variants.Count == 3)
        {
            var deltas = variants[1].CpuMs.Zip(variants[2].CpuMs, (current, baseline) => current - baseline).ToArray();
            output.WriteLine($"hooks minus baseline hooks: {Median.Of(deltas):F0} ms (median of paired differences)");
        }
    }

    /// <summary>The files the generators write for the project.</summary>
    private static SyntaxTree[] Hooks(SyntaxTree[] trees, ImmutableArray<IIncrementalGenerator> generators, string label, TextWriter output)
    {
        ImmutableArray<AdditionalText> policy = [new InMemoryAdditionalText("/LargeApp/piiguard.json", LargeAppPolicy.Json)];
        CSharpGeneratorDriver.Create([.. generators.Select(GeneratorExtensions.AsSourceGenerator)], policy, LargeAppCompilation.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(LargeAppCompilation.Create(trees), out var generated, out _);
        var hooks = generated.SyntaxTrees.Skip(trees.Length).ToArray();
        output.WriteLine($"{label}: {hooks.Length} files, {hooks.Sum(tree => tree.GetText().Lines.Count)} lines, {hooks.Sum(tree => tree.Length)} characters");
        if (Environment.GetEnvironmentVariable("PIIGUARD_DUMP_HOOKS") is { Length: > 0 } folder)
        {
            // For reading what is written: one file per hook, under a folder per variant.
            Directory.CreateDirectory(Path.Combine(folder, label));
            foreach (var hook in hooks)
            {
                File.WriteAllText(Path.Combine(folder, label, Path.GetFileName(hook.FilePath)), hook.GetText().ToString());
            }
        }
        return hooks;
    }

    /// <summary>The logging source generator shipped in the analyzers folder of the logging abstractions package.</summary>
    private static ISourceGenerator LoggingGenerator()
    {
        // The build copies the library but not the generator: it is read from the NuGet cache, at the referenced version.
        var version = typeof(ILogger).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var package = Path.Combine(cache, "microsoft.extensions.logging.abstractions", version);
        var path = Path.Combine(package, "analyzers", "dotnet", "roslyn4.4", "cs", "Microsoft.Extensions.Logging.Generators.dll");
        var type = Assembly.LoadFrom(path).GetTypes().Single(type => type.GetCustomAttribute<GeneratorAttribute>() is not null && typeof(IIncrementalGenerator).IsAssignableFrom(type));
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }

    private static (double CpuMs, Diagnostic? Error) Compile(Compilation compilation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        return (cpuMs, result.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
    }
}
