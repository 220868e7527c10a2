using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>Builds the compilation the compiler would analyse: the project's code plus what the PiiGuard generator adds.</summary>
public static class ProjectCompiler
{
    /// <summary>Compiles <paramref name="project"/>; the tool's own extensions replace any the project references.</summary>
    public static async Task<Compilation> CompileAsync(Project project, PiiGuardExtensions extensions, CancellationToken cancellationToken)
    {
        // A project referencing the PiiGuard package or projects would otherwise run the generator twice,
        // or a stale analyzer build.
        project = WithoutOwnExtensions(project);
        var compilation = await project.GetCompilationAsync(cancellationToken)
                          ?? throw new InvalidOperationException($"Project '{project.Name}' has no compilation.");
        return GeneratorStep.Apply(compilation, project, extensions.Generators, cancellationToken);
    }

    private static Project WithoutOwnExtensions(Project project) =>
        project.AnalyzerReferences
            .Where(reference => PiiGuardExtensions.AssemblyFileNames.Contains(Path.GetFileName(reference.FullPath ?? ""), StringComparer.OrdinalIgnoreCase))
            .Aggregate(project, static (current, reference) => current.RemoveAnalyzerReference(reference));
}
