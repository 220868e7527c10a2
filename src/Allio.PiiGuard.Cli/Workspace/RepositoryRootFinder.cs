namespace Allio.PiiGuard.Cli.Workspace;

/// <summary>Finds the directory report paths are relative to, so reports do not depend on where the clone lives.</summary>
public static class RepositoryRootFinder
{
    /// <summary>The nearest ancestor holding <c>.git</c> (a folder, or a file in worktrees); else <paramref name="start"/> itself.</summary>
    public static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return directory.FullName;
            }
        }

        return Path.GetFullPath(start);
    }
}
