using System.Text.Json;

namespace Allio.PiiGuard.Cli.Tests.Fixtures;

/// <summary>
/// One restore and three scans of <see cref="FixtureProject"/>, shared by every test that reads their results:
/// loading a project with MSBuild takes seconds, so it happens once.
/// </summary>
public sealed class ScannedFixture : IAsyncLifetime
{
    public FixtureProject Project { get; private set; } = null!;

    /// <summary>First scan, every report format.</summary>
    public CliRun First { get; private set; } = null!;

    /// <summary>Second scan of the same code into another folder: must be byte-identical.</summary>
    public CliRun Second { get; private set; } = null!;

    /// <summary>Third scan with the first SARIF report as baseline.</summary>
    public CliRun Baselined { get; private set; } = null!;

    public string FirstReports => Path.Combine(Project.Directory, "reports-1");

    public string SecondReports => Path.Combine(Project.Directory, "reports-2");

    public string BaselinedReports => Path.Combine(Project.Directory, "reports-baselined");

    /// <summary>The findings array of the first scan's JSON report.</summary>
    public JsonElement FirstFindings => JsonDocument.Parse(File.ReadAllText(Path.Combine(FirstReports, "piiguard-report.json"))).RootElement.GetProperty("findings");

    public async Task InitializeAsync()
    {
        Project = await FixtureProject.CreateAsync();
        // The first scan restores as 'dotnet build' would; the others skip it (--no-restore).
        First = await CliRunner.RunAsync("scan", Project.ProjectFile, "--format", "sarif,json,md,html", "--out", FirstReports);
        // Same input, formats spelled differently: the files must still match byte for byte.
        Second = await CliRunner.RunAsync("scan", Project.ProjectFile, "--format", "sarif", "--format", "json,md,html", "--out", SecondReports, "--no-restore");
        Baselined = await CliRunner.RunAsync(
            "scan", Project.ProjectFile, "--out", BaselinedReports, "--baseline", Path.Combine(FirstReports, "piiguard-report.sarif"), "--fail-on", "warning", "--no-restore");
    }

    public Task DisposeAsync()
    {
        Project.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Tests that share the scanned fixture; one collection, so MSBuild loads run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ScannedFixtureCollection : ICollectionFixture<ScannedFixture>
{
    public const string Name = "Scanned fixture";
}
