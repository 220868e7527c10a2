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

        var run = await CliRunner.RunAsync("scan", project);

        Assert.Equal(ExitCodes.LoadFailed, run.ExitCode);
        Assert.Contains("MSBuild could not load", run.Error);
        Assert.Contains("Broken.csproj", run.Error);
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

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
