using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Allio.Crm.Tests;

/// <summary>
/// Builds the sample in a separate process, into a scratch folder (<c>CrmScratchDir</c>, read by the sample's
/// project only, so the test's own build of the sample is not clobbered), reusing the already built analyzers and runtime (<c>--no-dependencies</c>).
/// </summary>
internal static partial class SampleBuild
{
    public sealed record Result(int ExitCode, string Output, IReadOnlyList<string> RuleIds);

    public static async Task<Result> RunAsync(string name, params string[] properties)
    {
        var root = RepositoryRoot();
        var scratch = Path.Combine(Path.GetTempPath(), "allio-crm-build-" + name + "-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "build", Path.Combine(root, "samples", "Allio.Crm", "Allio.Crm.csproj"),
            "--no-restore", "--no-dependencies", "-warnaserror", "-nologo", "-consoleLoggerParameters:NoSummary",
            "-p:CrmScratchDir=" + scratch + Path.DirectorySeparatorChar,
            "-p:UseSharedCompilation=false",
            .. properties,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A nested build must not inherit the test host's MSBuild settings.
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var output = new StringBuilder().Append(await stdout).Append(await stderr).ToString();
            var ids = RuleId().Matches(output).Select(static m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
            return new Result(process.ExitCode, output, ids);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Allio.PiiGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    /// <summary>A compiler diagnostic of a PiiGuard rule: <c>file.cs(12,5): error PII003: …</c>.</summary>
    [GeneratedRegex(@"\): (?:error|warning) (PII\d{3}):")]
    private static partial Regex RuleId();
}
