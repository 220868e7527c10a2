namespace Allio.PiiGuard.Tests.Policy;

/// <summary>Files of the repository the tests check against the code: the schema and the docs.</summary>
internal static class RepositoryFiles
{
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Allio.PiiGuard.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No Allio.PiiGuard.sln above {AppContext.BaseDirectory}.");
        }
    }
}
