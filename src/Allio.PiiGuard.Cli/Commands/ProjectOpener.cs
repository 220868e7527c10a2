using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Terminal;
using Allio.PiiGuard.Cli.Workspace;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>Resolve, restore and load with MSBuild, for commands that change or draft files (<c>annotate</c>, <c>init</c>).</summary>
public static class ProjectOpener
{
    /// <summary>
    /// Opens the projects under a progress display and runs <paramref name="work"/> on them; returns its exit code, or
    /// the code of the failure to open or compile after its reason was written to <paramref name="error"/>.
    /// </summary>
    public static async Task<int> RunAsync(
        SessionRequest request, TextWriter error, Func<LoadedWorkspace, ScanTarget, IScanProgress, Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await ProgressDisplay.RunAsync(error, async progress =>
            {
                var (loaded, target, exitCode) = await OpenAsync(request, progress, error, cancellationToken);
                if (loaded is null)
                {
                    return exitCode;
                }

                using (loaded)
                {
                    return await work(loaded, target!, progress);
                }
            });
        }
        catch (ProjectCompileException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}");
            return ExitCodes.LoadFailed;
        }
    }

    /// <summary>The loaded projects, or null and the exit code after the reason was written to <paramref name="error"/>.</summary>
    private static async Task<(LoadedWorkspace? Loaded, ScanTarget? Target, int ExitCode)> OpenAsync(
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
