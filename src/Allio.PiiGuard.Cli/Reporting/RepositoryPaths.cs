namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>Writes paths the way every report does: relative to the repository root, with forward slashes.</summary>
public sealed class RepositoryPaths(string repositoryRoot)
{
    /// <summary>The absolute root (never written into a report, so reports match across clones).</summary>
    public string Root { get; } = Path.GetFullPath(repositoryRoot);

    /// <summary><c>src/App/Program.cs</c> for a file under the root; <c>../x</c> for one outside it.</summary>
    public string ToRelative(string path) =>
        Path.GetRelativePath(Root, Path.GetFullPath(path, Root)).Replace('\\', '/');
}
