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
    public static void Run(int domains, int runs, TextWriter output)
    {
        var parsed = LargeAppCompilation.Parse(domains);
        // The services declare [LoggerMessage] methods: the logging generator writes them, or the project does not compile.
        CSharpGeneratorDriver.Create([LoggingGenerator()], parseOptions: LargeAppCompilation.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(LargeAppCompilation.Create(parsed), out var logged, out _);
        var trees = logged.SyntaxTrees.ToArray();
        ImmutableArray<AdditionalText> policy = [new InMemoryAdditionalText("/LargeApp/piiguard.json", LargeAppPolicy.Json)];
        CSharpGeneratorDriver.Create([.. PiiGuardComponents.CreateGenerators().Select(GeneratorExtensions.AsSourceGenerator)], policy, LargeAppCompilation.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(LargeAppCompilation.Create(trees), out var generated, out _);
        var hooks = generated.SyntaxTrees.Skip(trees.Length).ToArray();
        output.WriteLine($"project: {parsed.Length} files, {parsed.Sum(tree => tree.GetText().Lines.Count)} lines (and {trees.Length - parsed.Length} of the logging generator); {runs} runs after a warm-up");
        output.WriteLine($"hooks: {hooks.Length} files, {hooks.Sum(tree => tree.GetText().Lines.Count)} lines");

        var plain = new List<double>();
        var withHooks = new List<double>();
        for (var run = -1; run < runs; run++)
        {
            // Alternate which variant goes first, so that a drift in the machine's load favours neither.
            var order = run % 2 == 0 ? new[] { false, true } : [true, false];
            foreach (var hooked in order)
            {
                var (cpuMs, error) = Compile(hooked ? LargeAppCompilation.Create([.. trees, .. hooks]) : LargeAppCompilation.Create(trees));
                if (error is not null)
                {
                    // A project that does not compile stops before code generation: the comparison would be unfair.
                    throw new InvalidOperationException($"the project {(hooked ? "with" : "without")} hooks does not compile: {error}");
                }

                if (run >= 0)
                {
                    (hooked ? withHooks : plain).Add(cpuMs);
                }
            }
        }

        var (plainMedian, hooksMedian) = (Median.Of(plain), Median.Of(withHooks));
        var deltas = plain.Zip(withHooks, (without, with) => with - without).ToArray();
        output.WriteLine($"median process CPU ms to compile and emit: without hooks {plainMedian:F0}, with hooks {hooksMedian:F0}");
        output.WriteLine($"the hooks add {Median.Of(deltas):F0} ms (median of paired differences), {100 * (hooksMedian / plainMedian - 1):+0.0;-0.0} % of the compilation");
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
