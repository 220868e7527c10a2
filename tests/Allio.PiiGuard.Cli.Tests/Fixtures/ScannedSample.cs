using System.Text.Json;
using Allio.PiiGuard.Cli.Workspace;

namespace Allio.PiiGuard.Cli.Tests.Fixtures;

/// <summary>
/// The bundled sample <c>samples/Allio.Crm</c> scanned twice, once with <c>--property PiiGuardDemoLeaks=true</c> (which
/// compiles its <c>Leaks/</c> folder) and once without, shared by the tests that read the results: each scan loads an
/// ASP.NET Core project with MSBuild.
/// </summary>
public sealed class ScannedSample : IAsyncLifetime
{
    /// <summary>The file the property adds, relative to the repository root as reports write paths.</summary>
    public const string LeaksFile = "samples/Allio.Crm/Leaks/DeliberateLeaks.cs";

    private readonly string reports = Directory.CreateTempSubdirectory("piiguard-cli-sample-").FullName;

    /// <summary>The repository this test runs from (the sample is part of it).</summary>
    public string RepositoryRoot { get; } = RepositoryRootFinder.Find(AppContext.BaseDirectory);

    /// <summary>The scan with the deliberate leaks compiled in.</summary>
    public CliRun WithLeaks { get; private set; } = null!;

    /// <summary>The scan of the sample as it builds by default.</summary>
    public CliRun WithoutLeaks { get; private set; } = null!;

    public JsonElement[] WithLeaksFindings => Findings("with-leaks");

    public JsonElement[] WithoutLeaksFindings => Findings("without-leaks");

    public async Task InitializeAsync()
    {
        var sample = Path.Combine(RepositoryRoot, "samples", "Allio.Crm");
        // The first scan restores (with the property, as 'dotnet build -p' would); the second reuses that restore.
        WithLeaks = await CliRunner.RunAsync("scan", sample, "--property", "PiiGuardDemoLeaks=true", "--format", "json", "--out", Path.Combine(reports, "with-leaks"));
        WithoutLeaks = await CliRunner.RunAsync("scan", sample, "--format", "json", "--out", Path.Combine(reports, "without-leaks"), "--no-restore");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(reports, recursive: true);
        return Task.CompletedTask;
    }

    private JsonElement[] Findings(string scan)
    {
        var file = Path.Combine(reports, scan, "piiguard-report.json");
        Assert.True(File.Exists(file), $"The scan wrote no report:\n{(scan == "with-leaks" ? WithLeaks : WithoutLeaks).Error}");
        return [.. JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("findings").EnumerateArray()];
    }
}
