using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Findings;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>
/// The exit code of a scan and the numbers behind it, computed once so the printed summary and the exit code
/// cannot disagree.
/// </summary>
/// <param name="ExitCode">See <see cref="ExitCodes"/>.</param>
/// <param name="Failing">Findings at or above <c>--fail-on</c> (PII009 counted as an error; suppressed ones never).</param>
/// <param name="FailOn">The threshold as given.</param>
public sealed record ScanVerdict(int ExitCode, int Failing, string FailOn)
{
    /// <summary>Decides: analyzer failures, then compiler errors, then rules that were off everywhere, then findings.</summary>
    public static ScanVerdict Of(ScanResult result, string failOn, bool allowCompileErrors)
    {
        var failing = result.Findings.Count(finding => FailThreshold.Fails(finding, failOn));
        var exitCode =
            !result.AnalyzerFailures.IsEmpty ? ExitCodes.AnalyzerFailed
            : result.CompileErrorCount > 0 && !allowCompileErrors ? ExitCodes.CompileErrors
            : !result.Health.IsEmpty && result.Health.All(project => !project.HasVocabulary) ? ExitCodes.RulesOff
            : failing > 0 ? ExitCodes.FindingsFound
            : ExitCodes.Success;
        return new ScanVerdict(exitCode, failing, failOn);
    }

    /// <summary>Writes to <paramref name="error"/> why the scan cannot be trusted: compiler errors, rules that are off, analyzer failures.</summary>
    public static async Task ExplainAsync(ScanResult result, ScanVerdict verdict, TextWriter error)
    {
        foreach (var project in result.Health.Where(project => project.CompileErrorCount > 0))
        {
            var severity = verdict.ExitCode == ExitCodes.CompileErrors ? "error" : "warning";
            await error.WriteLineAsync(
                $"{severity}: {project.Project} has {project.CompileErrorCount} compiler error(s); code that does not compile can hide leaks. First errors:");
            foreach (var line in project.FirstCompileErrors)
            {
                await error.WriteLineAsync($"  {line}");
            }
        }

        if (verdict.ExitCode == ExitCodes.CompileErrors)
        {
            await error.WriteLineAsync("Fix them, or pass --allow-compile-errors to accept the findings as they are.");
        }

        foreach (var project in result.ProjectsWithoutVocabulary)
        {
            await error.WriteLineAsync(
                $"warning: {project} does not reference PiiGuard (no Allio.PiiGuard.PiiAttribute): the rules are off there, add the Allio.PiiGuard package.");
        }

        if (!result.AnalyzerFailures.IsEmpty)
        {
            await error.WriteLineAsync("error: the scan is incomplete, the code below was not (fully) analysed:");
            foreach (var failure in result.AnalyzerFailures)
            {
                await error.WriteLineAsync($"  {failure}");
            }
        }
    }
}
