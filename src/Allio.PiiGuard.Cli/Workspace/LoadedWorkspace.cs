using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Cli.Workspace;

/// <summary>An opened workspace, the projects to analyse, and what MSBuild complained about.</summary>
/// <param name="Workspace">Owns the loaded solution (MSBuild, or built from the sources by <c>--buildless</c>); dispose when done.</param>
/// <param name="Projects">C# projects to analyse (one per target framework), in path order.</param>
/// <param name="Failures">MSBuild's reasons a project could not be loaded; any of them fails the scan.</param>
/// <param name="Warnings">Load warnings that do not stop the analysis.</param>
public sealed record LoadedWorkspace(
    Microsoft.CodeAnalysis.Workspace Workspace,
    ImmutableArray<Project> Projects,
    ImmutableArray<string> Failures,
    ImmutableArray<string> Warnings) : IDisposable
{
    /// <summary>
    /// True when a project's compilation that lacks the vocabulary gets the tool's own copy
    /// (<see cref="Analysis.ShippedVocabulary"/>): always for <c>--buildless</c>, with <c>--infer</c> otherwise.
    /// </summary>
    public bool LendsVocabulary { get; init; }

    /// <inheritdoc />
    public void Dispose() => Workspace.Dispose();
}
