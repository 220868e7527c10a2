using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Workspace;

/// <summary>What the user asked to scan, resolved to MSBuild files.</summary>
/// <param name="Kind">Solution, one project, or the projects found in a folder.</param>
/// <param name="Files">Absolute paths: the solution, the project, or every project of the folder.</param>
/// <param name="RepositoryRoot">Absolute directory report paths are relative to.</param>
public sealed record ScanTarget(ScanTargetKind Kind, ImmutableArray<string> Files, string RepositoryRoot);

/// <summary>How a scan target is opened.</summary>
public enum ScanTargetKind
{
    /// <summary>A <c>.sln</c> or <c>.slnx</c> file: every C# project in it is analysed.</summary>
    Solution,

    /// <summary>One or more project files: only these are analysed (their references are loaded, not analysed).</summary>
    Projects,
}
