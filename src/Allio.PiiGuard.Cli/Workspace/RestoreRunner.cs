using System.Diagnostics;

namespace Allio.PiiGuard.Cli.Workspace;

/// <summary>
/// Runs <c>dotnet restore</c> before loading, as <c>dotnet build</c> does: MSBuildWorkspace cannot restore, and an
/// unrestored project loads without a single reference, so every analyzer would see nothing.
/// </summary>
public static class RestoreRunner
{
    /// <summary>Restores every file of the target with the given properties; returns null on success, else dotnet's own output.</summary>
    public static async Task<string?> RestoreAsync(ScanTarget target, BuildProperties properties, CancellationToken cancellationToken)
    {
        foreach (var file in target.Files)
        {
            // DOTNET_HOST_PATH is set when the tool runs under the dotnet host: the same SDK MSBuild was located in.
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in (string[])["restore", file, "-nologo", "-v", "quiet", .. properties.ToArguments()])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet restore.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                return $"dotnet restore {Path.GetFileName(file)} failed:\n{(await output + await error).Trim()}";
            }
        }

        return null;
    }
}
