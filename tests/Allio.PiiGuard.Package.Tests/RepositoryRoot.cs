namespace Allio.PiiGuard.Package.Tests;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Allio.PiiGuard.sln, found from the test's output folder.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Allio.PiiGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Allio.PiiGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
