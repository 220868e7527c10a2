using System.CommandLine;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Cli.Terminal;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary><c>piiguard scan</c>: runs the PiiGuard analyzers and reports what they find.</summary>
public static class ScanCommand
{
    /// <summary>Builds the command; its output goes to the given writers, its analyzers come from <paramref name="extensions"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<PiiGuardExtensions> extensions)
    {
        var common = new CommonOptions();
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a finding is at least this severe: error, warning, note or none. PII009 (policy problem) counts as an error; suppressed findings never count.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong(FailThreshold.Names);
        var baseline = new Option<string>("--baseline")
        {
            Description = "A SARIF report of an earlier 'piiguard scan': only findings it does not hold are reported.",
        };
        var allowCompileErrors = new Option<bool>("--allow-compile-errors")
        {
            Description = "Do not fail (exit 5) when a project has compiler errors; they are still listed.",
        };

        var command = new Command("scan", "Run the PiiGuard analyzers over a solution, project or folder and report personal-data findings.");
        common.AddTo(command);
        command.Options.Add(failOn);
        command.Options.Add(baseline);
        command.Options.Add(allowCompileErrors);
        command.SetAction((parsed, cancellationToken) => RunAsync(
            new ScanSettings(
                common.ReadSession(parsed),
                ReportRequest.Read(parsed, common, ReportFormats.All, out var formatError),
                formatError,
                parsed.GetValue(failOn)!,
                parsed.GetValue(baseline),
                // Without restore, types of packages missing from the cache do not bind: expected, never a failure.
                parsed.GetValue(allowCompileErrors) || parsed.GetValue(common.Buildless)),
            extensions,
            output,
            error,
            cancellationToken));
        return command;
    }

    private sealed record ScanSettings(
        SessionRequest Session, ReportRequest? Reports, string? ReportError, string FailOn, string? BaselinePath, bool AllowCompileErrors);

    private static async Task<int> RunAsync(
        ScanSettings settings, Func<PiiGuardExtensions> extensions, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (settings.Reports is null)
        {
            await error.WriteLineAsync($"error: {settings.ReportError}");
            return ExitCodes.InvalidInput;
        }

        if (!await ReportFiles.CanWriteAsync(ReportKind.Scan, settings.Reports, error))
        {
            return ExitCodes.InvalidInput;
        }

        Baseline? baseline;
        try
        {
            baseline = settings.BaselinePath is null ? null : Baseline.Load(settings.BaselinePath);
        }
        catch (BaselineException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}");
            return ExitCodes.InvalidInput;
        }

        var (outcome, exitCode) = await WorkspaceSession.RunAsync(settings.Session, runAnalyzers: true, extensions, error, cancellationToken);
        if (outcome is null)
        {
            return exitCode;
        }

        var result = outcome.Result;
        var baselineMatched = 0;
        if (baseline is not null)
        {
            (var fresh, baselineMatched) = baseline.Filter(result.Findings);
            result = result with { Findings = fresh };
        }

        var verdict = ScanVerdict.Of(result, settings.FailOn, settings.AllowCompileErrors);
        FindingsTable.Write(Consoles.For(output), result, baselineMatched, verdict);
        await ScanVerdict.ExplainAsync(result, verdict, error);
        var written = await ReportFiles.WriteAsync(
            new ReportDocument(ReportKind.Scan, ToolInfo.Version, outcome.Target, result, baselineMatched, settings.Reports.Timestamp)
            {
                Language = settings.Reports.Language,
            },
            settings.Reports,
            output,
            error);
        return written ? verdict.ExitCode : ExitCodes.InvalidInput;
    }
}
