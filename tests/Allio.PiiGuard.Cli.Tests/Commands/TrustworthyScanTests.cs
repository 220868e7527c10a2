using System.Text.Json;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Commands;

/// <summary>A scan never passes silently: code that does not compile, projects the rules cannot see, a broken policy.</summary>
[Collection(ScannedFixtureCollection.Name)]
public sealed class TrustworthyScanTests
{
    private const string BrokenCode = """
        namespace Fixture;

        public static class Broken
        {
            // The call does not bind: a leak through it would go unseen.
            public static void Run(Customer customer) => UndefinedLogger.Log(customer.Email);
        }
        """;

    [Fact]
    public async Task Compiler_errors_fail_the_scan_with_their_own_code_and_findings_are_still_reported()
    {
        using var fixture = await FixtureProject.CreateAsync(("Broken.cs", BrokenCode));
        var reports = Path.Combine(fixture.Directory, "out");

        var run = await CliRunner.RunAsync("scan", "--format", "json", fixture.ProjectFile, "--out", reports, "--no-restore");
        var allowed = await CliRunner.RunAsync("scan", fixture.ProjectFile, "--allow-compile-errors", "--no-restore");

        Assert.Equal(ExitCodes.CompileErrors, run.ExitCode);
        Assert.Contains("Fixture.csproj has 1 compiler error(s)", run.Error);
        Assert.Contains($"Broken.cs({fixture.LineOf("Broken.cs", "UndefinedLogger")},", run.Error);
        Assert.Contains("error CS0103", run.Error);
        Assert.Contains("--allow-compile-errors", run.Error);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports, "piiguard-report.json")));
        Assert.Contains(report.RootElement.GetProperty("findings").EnumerateArray(), finding => finding.GetProperty("ruleId").GetString() == ConsoleLeakTestAnalyzer.Id);
        Assert.Equal(1, report.RootElement.GetProperty("projectHealth")[0].GetProperty("compileErrors").GetInt32());

        // Accepted: the errors are still listed, and the findings decide (Strict.cs holds an error).
        Assert.Equal(ExitCodes.FindingsFound, allowed.ExitCode);
        Assert.Contains("warning: Fixture.csproj has 1 compiler error(s)", allowed.Error);
    }

    [Fact]
    public async Task A_project_without_the_vocabulary_says_the_rules_are_off_instead_of_zero_findings()
    {
        using var fixture = await FixtureProject.CreateAsync(
            ("Vocabulary.cs", null), ("Customer.cs", null), ("Transfers.cs", null), ("Leaks.cs", null), ("Quiet.cs", null), ("Strict.cs", null),
            ("Plain.cs", "namespace Fixture; public static class Plain { public static void Run(string email) => System.Console.WriteLine(email); }"));

        var run = await CliRunner.RunAsync("scan", fixture.ProjectFile, "--no-restore");

        Assert.Equal(ExitCodes.RulesOff, run.ExitCode);
        Assert.Contains("The PiiGuard rules are off", run.Output);
        Assert.DoesNotContain("0 finding(s)", run.Output);
        Assert.Contains("Fixture.csproj does not reference PiiGuard", run.Error);
    }

    [Fact]
    public async Task With_inference_a_project_without_the_vocabulary_gets_the_tools_own_and_its_rules_are_on()
    {
        using var fixture = await FixtureProject.CreateAsync(
            ("Vocabulary.cs", null), ("Customer.cs", null), ("Transfers.cs", null), ("Leaks.cs", null), ("Quiet.cs", null), ("Strict.cs", null),
            ("Plain.cs", "namespace Fixture; public static class Plain { public static void Run(string email) => throw new System.ArgumentException(email); }"));
        var reports = Path.Combine(fixture.Directory, "reports");

        var run = await CliRunner.RunAsync("scan", fixture.ProjectFile, "--no-restore", "--infer", "--fail-on", "warning", "-f", "json", "-o", reports);

        Assert.Equal(ExitCodes.FindingsFound, run.ExitCode);
        Assert.DoesNotContain("does not reference PiiGuard", run.Error, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports, "piiguard-report.json")));
        Assert.True(report.RootElement.GetProperty("projectHealth")[0].GetProperty("rulesOn").GetBoolean());
        Assert.Contains(report.RootElement.GetProperty("findings").EnumerateArray(), finding =>
            finding.GetProperty("path").GetString()!.EndsWith("Plain.cs", StringComparison.Ordinal) && finding.TryGetProperty("inferred", out var inferred) && inferred.GetBoolean());
    }

    [Fact]
    public async Task A_broken_policy_is_titled_as_malformed_the_summary_agrees_with_the_exit_code_and_inventory_stops()
    {
        using var fixture = await FixtureProject.CreateAsync(("Strict.cs", null), ("piiguard.json", "{ \"controller\": "));
        var reports = Path.Combine(fixture.Directory, "out");

        var scan = await CliRunner.RunAsync("scan", fixture.ProjectFile, "--format", "json", "--out", reports, "--no-restore");
        var inventory = await CliRunner.RunAsync("inventory", fixture.ProjectFile, "--out", Path.Combine(fixture.Directory, "inventory"), "--no-restore");
        var forced = await CliRunner.RunAsync("inventory", fixture.ProjectFile, "--force", "--out", Path.Combine(fixture.Directory, "forced"), "--no-restore");

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports, "piiguard-report.json")));
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        var policyProblem = Assert.Single(findings, finding => finding.GetProperty("ruleId").GetString() == "PII009");
        Assert.Equal("Policy file is malformed", policyProblem.GetProperty("title").GetString());
        Assert.Equal("Policy file is missing or broken, or a mark names an undeclared id", report.RootElement.GetProperty("rules").EnumerateArray()
            .Single(rule => rule.GetProperty("id").GetString() == "PII009").GetProperty("title").GetString());
        var failing = findings.Count(finding => finding.GetProperty("ruleId").GetString() == "PII009" || finding.GetProperty("level").GetString() == "error");
        Assert.Equal(ExitCodes.FindingsFound, scan.ExitCode);
        Assert.Contains($"; {failing} fail --fail-on error", scan.Output);

        Assert.Equal(ExitCodes.FindingsFound, inventory.ExitCode);
        Assert.Contains("problem(s); no record was written", inventory.Error);
        Assert.False(Directory.Exists(Path.Combine(fixture.Directory, "inventory")));
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.True(File.Exists(Path.Combine(fixture.Directory, "forced", "piiguard-inventory.json")));
    }

    [Fact]
    public async Task The_cli_reads_the_policy_the_PiiGuardPolicyFile_property_names_as_the_analyzers_do()
    {
        // Two files of the same name: only the full path the property gives tells them apart.
        var project = FixtureProject.ProjectText.Replace(
            """<AdditionalFiles Include="piiguard.json" />""",
            """
            <AdditionalFiles Include="config/dev/piiguard.json;config/prod/piiguard.json" />
                <CompilerVisibleProperty Include="PiiGuardPolicyFile" />
            """).Replace("<Nullable>", "<PiiGuardPolicyFile>config/prod/piiguard.json</PiiGuardPolicyFile>\n    <Nullable>");
        using var fixture = await FixtureProject.CreateAsync(
            ("Fixture.csproj", project),
            ("piiguard.json", null),
            ("config/dev/piiguard.json", FixtureProject.PolicyText.Replace("Fixture LLC", "Development copy")),
            ("config/prod/piiguard.json", FixtureProject.PolicyText));
        var reports = Path.Combine(fixture.Directory, "out");

        var run = await CliRunner.RunAsync("inventory", fixture.ProjectFile, "--format", "json", "--out", reports, "--no-restore");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports, "piiguard-inventory.json")));
        var policy = report.RootElement.GetProperty("inventory").GetProperty("policy");
        Assert.Equal("config/prod/piiguard.json", policy.GetProperty("path").GetString());
        Assert.Equal("Fixture LLC", policy.GetProperty("controller").GetString());
    }

    [Fact]
    public async Task A_report_written_into_the_project_folder_leaves_the_policy_alone()
    {
        using var fixture = await FixtureProject.CreateAsync();
        var policy = await File.ReadAllTextAsync(Path.Combine(fixture.Directory, "piiguard.json"));

        var run = await CliRunner.RunAsync("scan", fixture.Directory, "--out", fixture.Directory, "--format", "json", "--no-restore");
        var again = await CliRunner.RunAsync("scan", fixture.Directory, "--out", fixture.Directory, "--format", "json", "--no-restore");

        Assert.Equal(policy, await File.ReadAllTextAsync(Path.Combine(fixture.Directory, "piiguard.json")));
        Assert.True(File.Exists(Path.Combine(fixture.Directory, "piiguard-report.json")));
        Assert.Equal(ExitCodes.FindingsFound, run.ExitCode);
        Assert.Equal(ExitCodes.FindingsFound, again.ExitCode);
    }
}
