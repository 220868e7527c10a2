using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>Builds the compilation the compiler would analyse: the project's code plus what the PiiGuard generator adds.</summary>
public static class ProjectCompiler
{
    /// <summary>
    /// Compiles <paramref name="project"/>; the tool's own extensions replace any the project references, and with
    /// <paramref name="lendVocabulary"/> the tool's own vocabulary is added when the project lacks it.
    /// </summary>
    /// <exception cref="ProjectCompileException">The project has no usable compilation.</exception>
    public static async Task<Compilation> CompileAsync(Project project, PiiGuardExtensions extensions, CancellationToken cancellationToken, bool lendVocabulary = false)
    {
        // A project referencing the PiiGuard package or projects would otherwise run the generator twice,
        // or a stale analyzer build.
        project = WithoutOwnExtensions(project);
        var compilation = await project.GetCompilationAsync(cancellationToken)
                          ?? throw new ProjectCompileException($"Project '{project.Name}' has no compilation.");
        await EnsureReferencesAsync(project, compilation, cancellationToken);
        if (lendVocabulary)
        {
            compilation = ShippedVocabulary.AddWhereMissing(compilation);
        }

        return GeneratorStep.Apply(compilation, project, extensions.Generators, cancellationToken);
    }

    /// <summary>
    /// MSBuild loads an unrestored project without complaint but without references: the marks on its members
    /// would not bind and nothing would be found. Checks the project and the projects it references.
    /// </summary>
    private static async Task EnsureReferencesAsync(Project project, Compilation compilation, CancellationToken cancellationToken)
    {
        var pending = new Queue<(Project Project, Compilation? Compilation)>([(project, compilation)]);
        var seen = new HashSet<ProjectId>();
        while (pending.TryDequeue(out var next))
        {
            if (!seen.Add(next.Project.Id))
            {
                continue;
            }

            var current = next.Compilation ?? await next.Project.GetCompilationAsync(cancellationToken);
            if (current is null || current.GetSpecialType(SpecialType.System_Object).TypeKind == TypeKind.Error)
            {
                throw new ProjectCompileException(
                    $"Project '{next.Project.Name}' has no framework references; restore it (dotnet restore) or drop --no-restore.");
            }

            foreach (var reference in next.Project.ProjectReferences)
            {
                if (next.Project.Solution.GetProject(reference.ProjectId) is { } referenced)
                {
                    pending.Enqueue((referenced, null));
                }
            }
        }
    }

    private static Project WithoutOwnExtensions(Project project) =>
        project.AnalyzerReferences
            .Where(reference => PiiGuardExtensions.AssemblyFileNames.Contains(Path.GetFileName(reference.FullPath ?? ""), StringComparer.OrdinalIgnoreCase))
            .Aggregate(project, static (current, reference) => current.RemoveAnalyzerReference(reference));
}
