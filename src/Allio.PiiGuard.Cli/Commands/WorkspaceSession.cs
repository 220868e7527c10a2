using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Cli.Terminal;
using Allio.PiiGuard.Cli.Workspace;
using Allio.PiiGuard.Cli.Workspace.Buildless;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>What <c>scan</c> and <c>inventory</c> share: resolve the path, load it with MSBuild, compile and collect.</summary>
public static class WorkspaceSession
{
    /// <summary>A finished session: where paths are relative to, what was scanned, and the result.</summary>
    public sealed record Outcome(RepositoryPaths Paths, string Target, ScanResult Result);

    /// <summary>
    /// Runs the session under a progress display; on failure writes the reason to <paramref name="error"/> and
    /// returns the exit code instead of an outcome.
    /// </summary>
    public static async Task<(Outcome? Outcome, int ExitCode)> RunAsync(
        SessionRequest request, bool runAnalyzers, Func<PiiGuardExtensions> extensions, TextWriter error, CancellationToken cancellationToken)
    {
        ScanTarget target;
        try
        {
            target = request.Buildless ? BuildlessLoader.Resolve(request.Path) : ScanTargetResolver.Resolve(request.Path);
        }
        catch (ScanTargetException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}");
            return (null, ExitCodes.InvalidInput);
        }

        var paths = new RepositoryPaths(target.RepositoryRoot);
        ScanResult? result;
        try
        {
            result = await ProgressDisplay.RunAsync(error, async progress =>
            {
                if (!request.Buildless && request.Restore)
                {
                    progress.RestoreStarted(target.Files.Length);
                    if (await RestoreRunner.RestoreAsync(target, request.Properties, cancellationToken) is { } restoreFailure)
                    {
                        throw new RestoreFailedException(restoreFailure);
                    }
                }

                using var loaded = request.Buildless
                    ? await LoadBuildlessAsync(target, request.Properties, progress, error, cancellationToken)
                    : await LoadAsync(target, request.Properties, progress, error, cancellationToken);
                if (loaded is null)
                {
                    return null;
                }

                return await ScanRunner.RunAsync(loaded, paths, extensions(), runAnalyzers, progress, cancellationToken);
            });
        }
        catch (Exception exception) when (exception is ProjectCompileException or RestoreFailedException)
        {
            await error.WriteLineAsync($"error: {exception.Message}");
            return (null, ExitCodes.LoadFailed);
        }

        if (result is null)
        {
            return (null, ExitCodes.LoadFailed);
        }

        var scanned = paths.ToRelative(target.Files.Length == 1 ? target.Files[0] : Path.GetFullPath(request.Path));
        return (new Outcome(paths, scanned, result), ExitCodes.Success);
    }

    /// <summary><c>dotnet restore</c> failed; the message holds its output.</summary>
    private sealed class RestoreFailedException(string message) : Exception(message);

    private static async Task<LoadedWorkspace?> LoadBuildlessAsync(
        ScanTarget target, BuildProperties properties, IScanProgress progress, TextWriter error, CancellationToken cancellationToken)
    {
        var loaded = BuildlessLoader.Load(target, properties, progress, cancellationToken);
        foreach (var warning in loaded.Warnings)
        {
            await error.WriteLineAsync($"warning: buildless: {warning}");
        }

        return loaded;
    }

    internal static async Task<LoadedWorkspace?> LoadAsync(
        ScanTarget target, BuildProperties properties, IScanProgress progress, TextWriter error, CancellationToken cancellationToken)
    {
        var loaded = await WorkspaceLoader.LoadAsync(target, properties, progress, cancellationToken);
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

        foreach (var warning in loaded.Warnings)
        {
            // MSBuild's complaints that did not stop the load; they can explain a surprising result.
            await error.WriteLineAsync($"warning: MSBuild: {warning}");
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
