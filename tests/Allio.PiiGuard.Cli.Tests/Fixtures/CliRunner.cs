using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Workspace;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Cli.Tests.Fixtures;

/// <summary>What one in-process run of the tool returned and printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>Runs the real command tree in-process with the real analyzers plus <see cref="ConsoleLeakTestAnalyzer"/>.</summary>
public static class CliRunner
{
    public static Task<CliRun> RunAsync(params string[] args) => RunWithAsync([], args);

    /// <summary>As above, with <paramref name="extra"/> analyzers run as well.</summary>
    public static async Task<CliRun> RunWithAsync(DiagnosticAnalyzer[] extra, params string[] args)
    {
        MsBuildRegistration.EnsureRegistered();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await PiiGuardApp.RunAsync(
            args, output, error, () => PiiGuardExtensions.Load().With([new ConsoleLeakTestAnalyzer(), .. extra]), CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
