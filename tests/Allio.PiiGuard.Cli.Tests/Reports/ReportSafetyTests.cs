using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Reports;

/// <summary>Reports never replace input: fixed names unlike the policy's, and a refusal to write over anything not the tool's own.</summary>
public sealed class ReportSafetyTests : IDisposable
{
    private static readonly string[] Extensions = ["sarif", "json", "md", "html"];

    private readonly string folder = Directory.CreateTempSubdirectory("piiguard-cli-safety-").FullName;

    [Fact]
    public void No_report_is_named_like_the_policy_file()
    {
        var names = Extensions.SelectMany(extension => new[] { ReportKind.Scan, ReportKind.Inventory }.Select(kind => ReportDocument.FileNameFor(kind, extension)));

        Assert.DoesNotContain("piiguard.json", names);
        Assert.Contains("piiguard-report.json", names);
        Assert.Contains("piiguard-inventory.html", names);
    }

    [Theory]
    [InlineData("piiguard-report.json", "{ \"jurisdiction\": \"RU\" }")]
    [InlineData("piiguard-report.sarif", "{ \"version\": \"2.1.0\", \"runs\": [ { \"tool\": { \"driver\": { \"name\": \"csc\" } } } ] }")]
    [InlineData("piiguard-report.md", "# Our notes\n")]
    [InlineData("piiguard-report.html", "<!DOCTYPE html><title>Ours</title>")]
    public async Task A_file_the_tool_did_not_write_is_never_overwritten(string name, string text)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, text);

        var run = await CliRunner.RunAsync("scan", Path.Combine(folder, "App.csproj"), "--out", folder, "--format", "all");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("is not a PiiGuard report", run.Error);
        Assert.Contains(name, run.Error);
        Assert.Equal(text, await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Out_naming_a_file_is_refused()
    {
        var file = Path.Combine(folder, "piiguard.json");
        await File.WriteAllTextAsync(file, "{}");

        var run = await CliRunner.RunAsync("inventory", Path.Combine(folder, "App.csproj"), "--out", file);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("is a file", run.Error);
        Assert.Equal("{}", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public void The_tool_replaces_its_own_reports()
    {
        var report = SampleReports.WithAwkwardContent();

        var first = ReportOutput.Write(report, ReportFormats.All, folder);
        var second = ReportOutput.Write(report, ReportFormats.All, folder);

        Assert.Equal(4, second.Length);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
