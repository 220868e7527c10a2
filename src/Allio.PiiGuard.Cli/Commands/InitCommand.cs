using System.CommandLine;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Init;
using Allio.PiiGuard.Cli.Inventory;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Cli.Workspace;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>
/// <c>piiguard init</c>: drafts <c>piiguard.json</c> next to a project from what its code declares and calls; never
/// overwrites an existing policy.
/// </summary>
public static class InitCommand
{
    /// <summary>Builds the command; its output goes to the given writers, its analyzers come from <paramref name="extensions"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error, Func<PiiGuardExtensions> extensions)
    {
        var common = new CommonOptions();
        var jurisdiction = new Option<string>("--jurisdiction")
        {
            Description = "ISO 3166-1 alpha-2 code of the country whose law applies (default RU).",
            DefaultValueFactory = _ => "RU",
        };
        var crossBorder = new Option<string>("--cross-border")
        {
            Description = "crossBorderTransfers of the draft: forbidden (default) or declared.",
            DefaultValueFactory = _ => "forbidden",
        };
        crossBorder.AcceptOnlyFromAmong("forbidden", "declared");
        var command = new Command(
            "init",
            "Draft piiguard.json next to a project: purposes and subjects from its marks, recipients from the SDKs and hosts it calls, stores from [PiiStore].");
        command.Arguments.Add(common.Path);
        command.Options.Add(jurisdiction);
        command.Options.Add(crossBorder);
        command.Options.Add(common.NoRestore);
        command.Options.Add(common.Property);
        command.SetAction((parsed, cancellationToken) => RunAsync(
            common.ReadSession(parsed), parsed.GetValue(jurisdiction)!.ToUpperInvariant(), parsed.GetValue(crossBorder)!, extensions, output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        SessionRequest request, string jurisdiction, string crossBorder, Func<PiiGuardExtensions> extensions,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!CountryCodes.IsAssigned(jurisdiction))
        {
            await error.WriteLineAsync($"error: '{jurisdiction}' is not an ISO 3166-1 alpha-2 country code (e.g. RU, DE, US).");
            return ExitCodes.InvalidInput;
        }

        string? policyPath = null;
        string? draft = null;
        var exitCode = await ProjectOpener.RunAsync(request, error, async (loaded, target, _) =>
        {
            var projectFiles = loaded.Projects.Select(project => project.FilePath).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            if (projectFiles.Length != 1)
            {
                await error.WriteLineAsync($"error: init drafts the policy of one project; '{request.Path}' holds {projectFiles.Length}: name the project file.");
                return ExitCodes.InvalidInput;
            }

            policyPath = Path.Combine(Path.GetDirectoryName(projectFiles[0])!, PiiPolicyLoader.FileName);
            if (!File.Exists(policyPath))
            {
                draft = await DraftAsync(loaded, target, jurisdiction, crossBorder, extensions(), cancellationToken);
            }

            return ExitCodes.Success;
        }, cancellationToken);
        if (exitCode != ExitCodes.Success || policyPath is null)
        {
            return exitCode;
        }

        if (draft is null)
        {
            await error.WriteLineAsync($"error: {policyPath} exists; init never overwrites a policy (move it away to draft a new one).");
            return ExitCodes.PolicyExists;
        }

        if (PolicyDraft.Problems(draft) is { Count: > 0 } problems)
        {
            // The draft is built to load cleanly; a problem here is a bug, and a broken policy must not be written.
            await error.WriteLineAsync($"error: the draft does not load: {string.Join("; ", problems)}");
            return ExitCodes.InvalidInput;
        }

        await File.WriteAllTextAsync(policyPath, draft, cancellationToken);
        await output.WriteLineAsync($"Drafted {policyPath}: replace every TODO, then build (the analyzers read it as an additional file).");
        return ExitCodes.Success;
    }

    private static async Task<string> DraftAsync(
        LoadedWorkspace loaded, ScanTarget target, string jurisdiction, string crossBorder, PiiGuardExtensions extensions, CancellationToken cancellationToken)
    {
        var collector = new CodeInventoryCollector(new RepositoryPaths(target.RepositoryRoot));
        var inventory = CodeInventory.Empty;
        var vendors = new Dictionary<string, KnownRecipient>(StringComparer.Ordinal);
        foreach (var project in loaded.Projects)
        {
            var compilation = await ProjectCompiler.CompileAsync(project, extensions, cancellationToken);
            inventory = inventory.Merge(collector.Collect(compilation));
            foreach (var vendor in CalledRecipients.In(compilation, cancellationToken))
            {
                vendors.TryAdd(vendor.Id, vendor);
            }
        }

        return PolicyDraft.Write(jurisdiction, crossBorder, inventory, vendors.Values);
    }
}
