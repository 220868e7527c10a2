using Allio.PiiGuard.Cli.Terminal;
using Allio.PiiGuard.Cli.Workspace;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>Resolving and loading the scan target, with the user-facing errors both commands share.</summary>
public static class WorkspaceSession
{
    /// <summary>Resolves the path; writes the reason and returns null when it is unusable.</summary>
    public static ScanTarget? Resolve(string path, TextWriter error)
    {
        try
        {
            return ScanTargetResolver.Resolve(path);
        }
        catch (ScanTargetException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return null;
        }
    }

    /// <summary>Loads the target; writes MSBuild's reasons and returns null when any project failed to load.</summary>
    public static async Task<LoadedWorkspace?> LoadAsync(ScanTarget target, IScanProgress progress, TextWriter error, CancellationToken cancellationToken)
    {
        var loaded = await WorkspaceLoader.LoadAsync(target, progress, cancellationToken);
        if (!loaded.Failures.IsEmpty)
        {
            await error.WriteLineAsync("error: MSBuild could not load the project(s):");
            foreach (var failure in loaded.Failures)
            {
                await error.WriteLineAsync($"  {failure}");
            }

            loaded.Dispose();
            return null;
        }

        if (loaded.Projects.IsEmpty)
        {
            await error.WriteLineAsync("error: no C# project to analyse.");
            loaded.Dispose();
            return null;
        }

        return loaded;
    }
}
