using System.Text.Json;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Commands;

/// <summary>The README's path into annotated mode, walked on a project nobody annotated: annotate, init, scan.</summary>
public sealed class AdoptionPathTests
{
    [Fact]
    public async Task Annotate_then_init_then_scan_reports_the_leak_from_the_written_marks_with_a_clean_policy()
    {
        using var project = await UnannotatedProject.CreateAsync();
        var leakLine = project.LineOf("Orders.cs", UnannotatedProject.Leak);
        var before = await ScanAsync(project, "before");
        Assert.DoesNotContain(before, finding => finding.RuleId == "PII007");

        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("annotate", project.ProjectFile, "--no-restore")).ExitCode);
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("init", project.ProjectFile, "--no-restore")).ExitCode);
        var after = await ScanAsync(project, "after");

        var leak = Assert.Single(after, finding => finding.RuleId == "PII007");
        Assert.Equal(("Orders.cs", leakLine, false), (leak.Path, leak.Line, leak.Inferred));
        Assert.Contains("Customer.Email", leak.Message, StringComparison.Ordinal);
        // The draft loads without problems, and nothing is left unmarked in the project's own sources.
        Assert.DoesNotContain(after, finding => finding.RuleId == "PII009");
        Assert.DoesNotContain(after, finding => finding.RuleId == "PII006" && !finding.Path.StartsWith("..", StringComparison.Ordinal));
    }

    private sealed record Reported(string RuleId, string Path, int Line, bool Inferred, string Message);

    private static async Task<List<Reported>> ScanAsync(UnannotatedProject project, string name)
    {
        var reports = Path.Combine(project.Root, "reports-" + name);
        var run = await CliRunner.RunAsync("scan", project.ProjectFile, "--no-restore", "--fail-on", "none", "-f", "json", "-o", reports);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Directory.EnumerateFiles(reports, "*.json").Single()));
        return
        [
            .. json.RootElement.GetProperty("findings").EnumerateArray().Select(finding => new Reported(
                finding.GetProperty("ruleId").GetString()!,
                finding.GetProperty("path").GetString()!,
                finding.GetProperty("startLine").GetInt32(),
                finding.TryGetProperty("inferred", out var inferred) && inferred.GetBoolean(),
                finding.GetProperty("message").GetString()!)),
        ];
    }
}
