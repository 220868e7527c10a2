using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>
/// Adds what the PiiGuard generator contributes to a compilation, so the analyzers see the same code the
/// compiler sees (generated redaction hooks are sanitizers and generated <c>ToString</c>s matter to PII008).
/// </summary>
public static class GeneratorStep
{
    /// <summary>The runtime library's assembly name: the generator emits code against it.</summary>
    private const string RuntimeAssemblyName = "Allio.PiiGuard";

    /// <summary>
    /// Runs the generators when the project references the runtime library (as the NuGet package would
    /// wire them); a project without it would get generated code that does not compile.
    /// </summary>
    public static Compilation Apply(Compilation compilation, Project project, ImmutableArray<IIncrementalGenerator> generators, CancellationToken cancellationToken)
    {
        if (generators.IsEmpty || !ReferencesRuntime(compilation) || project.ParseOptions is not CSharpParseOptions parseOptions)
        {
            return compilation;
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [.. generators.Select(GeneratorExtensions.AsSourceGenerator)],
            project.AnalyzerOptions.AdditionalFiles,
            parseOptions,
            project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _, cancellationToken);
        return generated;
    }

    private static bool ReferencesRuntime(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(identity => identity.Name == RuntimeAssemblyName);
}
