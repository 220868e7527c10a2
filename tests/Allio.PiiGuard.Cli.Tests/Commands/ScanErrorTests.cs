using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Commands;

[Collection(ScannedFixtureCollection.Name)]
public sealed class ScanErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("piiguard-cli-errors-").FullName;

    [Fact]
    public async Task A_path_that_does_not_exist_is_invalid_input()
    {
        var run = await CliRunner.RunAsync("scan", Path.Combine(folder, "missing.csproj"));

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Fact]
    public async Task A_file_that_is_no_project_is_invalid_input()
    {
        var file = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(file, "hello");

        var run = await CliRunner.RunAsync("scan", file);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("neither a solution", run.Error);
    }

    [Fact]
    public async Task A_folder_without_projects_is_invalid_input()
    {
        var run = await CliRunner.RunAsync("scan", folder);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("no solution and no C# project", run.Error);
    }

    [Fact]
    public async Task A_project_MSBuild_cannot_load_fails_with_its_reason()
    {
        var project = Path.Combine(folder, "Broken.csproj");
        await File.WriteAllTextAsync(project, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");

        var run = await CliRunner.RunAsync("scan", project, "--no-restore");

        Assert.Equal(ExitCodes.LoadFailed, run.ExitCode);
        Assert.Contains("MSBuild could not load", run.Error);
        Assert.Contains("Broken.csproj", run.Error);
    }

    [Fact]
    public async Task A_warning_of_the_design_time_build_does_not_stop_the_scan()
    {
        // MSBuildWorkspace reports what a build logs as failures, warnings too (NU1510 in a real project).
        var project = Path.Combine(folder, "Warned.csproj");
        await File.WriteAllTextAsync(project, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <Target Name="Warn" BeforeTargets="CoreCompile"><Warning Code="XW001" Text="A warning the team lives with" /></Target>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(folder, "Greeter.cs"), """
            public class Visitor { public string Email { get; set; } = ""; }
            public static class Greeter { public static void Greet(Visitor v) => System.Console.WriteLine(v.Email); }
            """);

        var run = await CliRunner.RunAsync("scan", project, "--infer", "--fail-on", "warning");

        Assert.Equal(ExitCodes.FindingsFound, run.ExitCode);
        Assert.Contains("PII001", run.Output);
        Assert.Contains("A warning the team lives with (the project loaded with its sources and is analysed)", run.Error);
    }

    [Fact]
    public async Task A_project_that_does_not_restore_fails_before_loading()
    {
        var project = Path.Combine(folder, "Unrestorable.csproj");
        await File.WriteAllTextAsync(project, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net99.0</TargetFramework></PropertyGroup></Project>");

        var run = await CliRunner.RunAsync("scan", project);

        Assert.Equal(ExitCodes.LoadFailed, run.ExitCode);
        Assert.Contains("dotnet restore Unrestorable.csproj failed", run.Error);
        Assert.Contains("NETSDK1045", run.Error);
    }

    [Fact]
    public async Task A_broken_policy_is_reported_and_fails_the_scan()
    {
        var fixture = await FixtureProject.CreateAsync();
        try
        {
            // Without Strict.cs nothing else is an error: only the policy problem can fail the scan.
            File.Delete(Path.Combine(fixture.Directory, "Strict.cs"));
            await File.WriteAllTextAsync(Path.Combine(fixture.Directory, "piiguard.json"), "{ \"controller\": ");

            var run = await CliRunner.RunAsync("scan", fixture.ProjectFile, "--format", "json", "--out", Path.Combine(fixture.Directory, "out"), "--no-restore");

            var report = await File.ReadAllTextAsync(Path.Combine(fixture.Directory, "out", "piiguard-report.json"));
            Assert.Contains("\"loaded\": false", report);
            Assert.Contains("piiguard.json(1,", report);
            // PII009 fails the scan although its default severity is a warning.
            Assert.Contains("\"ruleId\": \"PII009\"", report, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.FindingsFound, run.ExitCode);
        }
        finally
        {
            fixture.Dispose();
        }
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--fail-on", "sometimes")]
    [InlineData("--baseline", "no-such-baseline.sarif")]
    public async Task Bad_options_are_invalid_input(string option, string value)
    {
        var run = await CliRunner.RunAsync("scan", folder, option, value);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Theory]
    [InlineData("'PiiGuardDemoLeaks' is not a property", "scan", "--property", "PiiGuardDemoLeaks")]
    [InlineData("'=true' is not a property", "scan", "-p:=true")]
    [InlineData("'2B=2' is not a property", "inventory", "--property", "A=1;2B=2")]
    [InlineData("A property is empty", "inventory", "--property", " ")]
    public async Task A_malformed_property_is_invalid_input_with_its_reason(string message, params string[] arguments)
    {
        var run = await CliRunner.RunAsync([arguments[0], folder, .. arguments[1..]]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Contains("Name=Value", run.Error);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
