using System.CommandLine;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Cli.Terminal;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>
/// <c>piiguard inventory</c>: the record of processing built from the code's personal-data marks and the policy,
/// without running the analyzers (faster; <c>scan</c> puts the same sections into its reports).
/// </summary>
public static class InventoryCommand
{
    /// <summary>Builds the command; its output goes to the given writers.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<PiiGuardExtensions> extensions)
    {
        var common = new CommonOptions();
        var force = new Option<bool>("--force")
        {
            Description = "Write the record even when the policy is missing or has problems (the drafts are then unreliable); exit 0.",
        };
        var command = new Command(
            "inventory",
            "Build the record of processing (per data subject: kinds, purposes, retention, recipients, stores), a 152-FZ notification draft and the GDPR Art. 30 record.");
        common.AddTo(command);
        command.Options.Add(force);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            // SARIF holds findings; the inventory has none.
            var reports = ReportRequest.Read(parsed, common, ReportFormat.Json | ReportFormat.Markdown | ReportFormat.Html, out var formatError);
            if (reports is null)
            {
                await error.WriteLineAsync($"error: {formatError}");
                return ExitCodes.InvalidInput;
            }

            if (!await ReportFiles.CanWriteAsync(ReportKind.Inventory, reports, error))
            {
                return ExitCodes.InvalidInput;
            }

            var (outcome, exitCode) = await WorkspaceSession.RunAsync(
                common.ReadSession(parsed), runAnalyzers: false, extensions, error, cancellationToken);
            if (outcome is null)
            {
                return exitCode;
            }

            var record = outcome.Result.Record;
            InventoryTables.Write(Consoles.For(output), record);
            if (record.Policy.IsBroken(!record.Holders.IsEmpty) && !parsed.GetValue(force))
            {
                // A notification drafted from a broken policy would be filed wrong: stop unless asked.
                await error.WriteLineAsync(record.Policy.Path is null
                    ? "error: the code marks personal data but no project passes a policy file; no record was written (--force writes it anyway)."
                    : $"error: the policy {record.Policy.Path} has {record.Policy.Problems.Length} problem(s); no record was written (--force writes it anyway).");
                return ExitCodes.FindingsFound;
            }

            var written = await ReportFiles.WriteAsync(
                new ReportDocument(ReportKind.Inventory, ToolInfo.Version, outcome.Target, outcome.Result, 0, reports.Timestamp) { Language = reports.Language },
                reports,
                output,
                error);
            return written ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }
}
