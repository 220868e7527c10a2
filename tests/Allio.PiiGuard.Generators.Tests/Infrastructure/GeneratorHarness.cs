using System.Collections.Immutable;
using Allio.PiiGuard.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard.Generators.Tests.Infrastructure;

/// <summary>Runs the generator over source text the way the compiler does, against .NET 10 reference assemblies and the runtime library.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(PiiAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(IRedactorProvider).Assembly.Location),
    ];

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CreateCompilation("Shapes" + Guid.NewGuid().ToString("N"), [], sources);

    public static CSharpCompilation CreateCompilation(string assemblyName, IEnumerable<MetadataReference> extraReferences, params string[] sources) => CSharpCompilation.Create(
        assemblyName,
        sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{index}.cs")),
        References.Concat(extraReferences),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            // The SDK suppresses these by default (NoWarn 1701;1702): the runtime library is built for net8.0, the references are net10.0.
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            }));

    public static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new PiiGuardGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Generates, then compiles the result; returns the output compilation and every diagnostic.</summary>
    public static GeneratorResult Run(params string[] sources) => Run(CreateCompilation(sources));

    public static GeneratorResult Run(Compilation compilation)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var runResult = driver.GetRunResult();
        return new GeneratorResult(
            output,
            generatorDiagnostics,
            output.GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray(),
            runResult.GeneratedTrees.ToDictionary(static tree => Path.GetFileName(tree.FilePath), static tree => tree.ToString()));
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorResult(
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompileDiagnostics,
    IReadOnlyDictionary<string, string> GeneratedSources)
{
    public string Describe() => string.Join("\n", CompileDiagnostics.Concat(GeneratorDiagnostics).Select(static d => d.ToString()))
        + "\n---\n" + string.Join("\n", GeneratedSources.Select(static kv => "// " + kv.Key + "\n" + kv.Value));
}
