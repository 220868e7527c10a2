using System.Text.Json;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Commands;

public sealed class InferOptionTests
{
    [Fact]
    public async Task Infer_hands_names_mode_to_the_analyzers_and_reports_mark_findings_as_inferred_in_JSON_and_SARIF()
    {
        using var project = await UnannotatedProject.CreateAsync();
        var reports = Path.Combine(project.Root, "reports");

        var run = await CliRunner.RunWithAsync(
            [new InferenceProbeAnalyzer()], "scan", project.ProjectFile, "--no-restore", "--infer", "--fail-on", "none", "-f", "json,sarif", "-o", reports);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Directory.EnumerateFiles(reports, "*.json").Single()));
        var inferred = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(finding => finding.GetProperty("ruleId").GetString() == InferenceProbeAnalyzer.Id).ToArray();
        // The probe reports every property named Email that is not generated, the linked one included.
        Assert.Equal(["../Shared/Contact.cs", "Customer.cs"], inferred.Select(finding => finding.GetProperty("path").GetString()));
        Assert.All(inferred, finding => Assert.True(finding.GetProperty("inferred").GetBoolean()));
        // The rules' own findings carry the flag exactly when their source was recognised by its name, as their message says.
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray().Where(finding => finding.GetProperty("ruleId").GetString() != InferenceProbeAnalyzer.Id), finding =>
            Assert.Equal(
                finding.GetProperty("message").GetString()!.Contains("looks like personal data by its name", StringComparison.Ordinal),
                finding.TryGetProperty("inferred", out _)));

        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Directory.EnumerateFiles(reports, "*.sarif").Single()));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(result => result.GetProperty("ruleId").GetString() == InferenceProbeAnalyzer.Id).ToArray();
        Assert.Equal(2, results.Length);
        Assert.All(results, result => Assert.True(result.GetProperty("properties").GetProperty("inferred").GetBoolean()));
    }

    [Fact]
    public async Task Without_infer_the_analyzers_see_no_inference_mode()
    {
        using var project = await UnannotatedProject.CreateAsync();
        var reports = Path.Combine(project.Root, "reports");

        await CliRunner.RunWithAsync([new InferenceProbeAnalyzer()], "scan", project.ProjectFile, "--no-restore", "--fail-on", "none", "-f", "json", "-o", reports);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Directory.EnumerateFiles(reports, "*.json").Single()));
        Assert.DoesNotContain(json.RootElement.GetProperty("findings").EnumerateArray(), finding =>
            finding.GetProperty("ruleId").GetString() == InferenceProbeAnalyzer.Id);
    }
}
