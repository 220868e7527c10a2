namespace Allio.PiiGuard.Cli.Tests.Fixtures;

/// <summary>The temporary folders fixture projects are written to.</summary>
public static class TempFolder
{
    /// <summary>A new, empty folder under the system's temp folder.</summary>
    public static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "piiguard-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes the folder; a build server may still hold a file, and the OS cleans the temp folder anyway.</summary>
    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }
}
