using Allio.PiiGuard.Cli.Terminal;
using Allio.PiiGuard.Cli.Workspace;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>Resolve, restore and load with MSBuild, for commands that change or draft files (<c>annotate</c>, <c>init</c>).</summary>
public static class ProjectOpener
{
    /// <summary>The loaded projects, or null and the exit code after the reason was written to <paramref name="error"/>.</summary>
    public static async Task<(LoadedWorkspace? Loaded, ScanTarget? Target, int ExitCode)> OpenAsync(
        SessionRequest request, IScanProgress progress, TextWriter error, CancellationToken cancellationToken)
    {
        ScanTarget target;
        try
        {
            target = ScanTargetResolver.Resolve(request.Path);
        }
        catch (ScanTargetException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}");
            return (null, null, ExitCodes.InvalidInput);
        }

        if (request.Restore && await RestoreRunner.RestoreAsync(target, request.Properties, cancellationToken) is { } restoreFailure)
        {
            await error.WriteLineAsync($"error: {restoreFailure}");
            return (null, target, ExitCodes.LoadFailed);
        }

        var loaded = await WorkspaceSession.LoadAsync(target, request.Properties, progress, error, cancellationToken);
        return (loaded, target, loaded is null ? ExitCodes.LoadFailed : ExitCodes.Success);
    }
}
