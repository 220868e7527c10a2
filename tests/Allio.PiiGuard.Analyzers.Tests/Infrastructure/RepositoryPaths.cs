namespace Allio.PiiGuard.Analyzers.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding <c>Allio.PiiGuard.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Allio.PiiGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Allio.PiiGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
