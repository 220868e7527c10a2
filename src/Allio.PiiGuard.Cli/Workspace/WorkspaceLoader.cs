using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Terminal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace Allio.PiiGuard.Cli.Workspace;

/// <summary>Opens a scan target with MSBuildWorkspace and picks the C# projects to analyse.</summary>
public static class WorkspaceLoader
{
    /// <summary>Loads the target with the given global properties; never throws for MSBuild problems, it returns them as <see cref="LoadedWorkspace.Failures"/>.</summary>
    public static async Task<LoadedWorkspace> LoadAsync(
        ScanTarget target, BuildProperties properties, IScanProgress progress, CancellationToken cancellationToken)
    {
        var workspace = MSBuildWorkspace.Create(properties.Values);
        var failures = new List<string>();
        var warnings = new List<string>();
        workspace.WorkspaceFailed += (_, failed) =>
        {
            var list = failed.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure ? failures : warnings;
            lock (list)
            {
                list.Add(failed.Diagnostic.Message);
            }
        };

        var loadProgress = new Progress<ProjectLoadProgress>(step =>
        {
            if (step.Operation == ProjectLoadOperation.Resolve)
            {
                progress.ProjectLoaded(ProjectDisplayName(step.FilePath, step.TargetFramework));
            }
        });

        try
        {
            if (target.Kind == ScanTargetKind.Solution)
            {
                await workspace.OpenSolutionAsync(target.Files[0], loadProgress, cancellationToken);
            }
            else
            {
                foreach (var projectFile in target.Files.Where(file => !IsLoaded(workspace, file)))
                {
                    await workspace.OpenProjectAsync(projectFile, loadProgress, cancellationToken);
                }
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or ArgumentException)
        {
            // MSBuildWorkspace throws for the requested file itself (malformed XML, unknown SDK); its message is MSBuild's reason.
            failures.Add(exception.Message);
        }

        var projects = SelectProjects(InferenceOption.ApplyTo(workspace.CurrentSolution, properties), target);
        var (fatal, survived) = SplitFailures(failures.Distinct(StringComparer.Ordinal), projects);
        return new LoadedWorkspace(
            workspace,
            projects,
            fatal,
            [.. survived.Select(failure => $"{failure} (the project loaded with its sources and is analysed)"), .. warnings.Distinct(StringComparer.Ordinal)])
        {
            // Inference looks for personal data in code that does not use PiiGuard yet: its rules need the vocabulary.
            LendsVocabulary = string.Equals(InferenceOption.ValueIn(properties), InferenceOption.Names, StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>
    /// MSBuildWorkspace reports every message its design-time build logs as a failure, a warning too (NU1510, a
    /// target's <c>&lt;Warning&gt;</c>). A failure naming a project that loaded with source files does not stop the
    /// scan: the project is analysed, and what it could not bind has its own gate (compile errors). Any other failure
    /// (a project that did not load, or loaded without sources) does.
    /// </summary>
    private static (ImmutableArray<string> Fatal, ImmutableArray<string> Survived) SplitFailures(IEnumerable<string> failures, ImmutableArray<Project> projects)
    {
        var loaded = projects.Where(project => project.FilePath is not null && project.DocumentIds.Count > 0).Select(project => project.FilePath!).ToList();
        var fatal = ImmutableArray.CreateBuilder<string>();
        var survived = ImmutableArray.CreateBuilder<string>();
        foreach (var failure in failures)
        {
            (loaded.Exists(path => failure.Contains($"'{path}'", StringComparison.Ordinal)) ? survived : fatal).Add(failure);
        }

        return (fatal.ToImmutable(), survived.ToImmutable());
    }

    private static bool IsLoaded(MSBuildWorkspace workspace, string projectFile) =>
        workspace.CurrentSolution.Projects.Any(project => SamePath(project.FilePath, projectFile));

    private static ImmutableArray<Project> SelectProjects(Solution solution, ScanTarget target) =>
    [
        .. solution.Projects
            .Where(project => project.Language == LanguageNames.CSharp)
            .Where(project => target.Kind == ScanTargetKind.Solution || target.Files.Any(file => SamePath(project.FilePath, file)))
            .OrderBy(project => project.FilePath, StringComparer.Ordinal)
            .ThenBy(project => project.Name, StringComparer.Ordinal),
    ];

    private static bool SamePath(string? left, string right) =>
        left is not null && string.Equals(Path.GetFullPath(left), Path.GetFullPath(right), StringComparison.Ordinal);

    private static string ProjectDisplayName(string filePath, string? targetFramework) =>
        targetFramework is null
            ? Path.GetFileNameWithoutExtension(filePath)
            : $"{Path.GetFileNameWithoutExtension(filePath)} ({targetFramework})";
}
