using System.Text.Json;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Commands;

[Collection(ScannedFixtureCollection.Name)]
public sealed class InventoryCommandTests(ScannedFixture fixture)
{
    [Fact]
    public async Task Inventory_writes_the_record_of_processing_without_findings()
    {
        var reports = Path.Combine(fixture.Project.Directory, "inventory");

        var run = await CliRunner.RunAsync("inventory", fixture.Project.ProjectFile, "--out", reports, "--no-restore");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["piiguard-inventory.html", "piiguard-inventory.json", "piiguard-inventory.md"],
            Directory.GetFiles(reports).Select(Path.GetFileName).Order());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "piiguard-inventory.json")));
        Assert.Equal("inventory", json.RootElement.GetProperty("kind").GetString());
        Assert.False(json.RootElement.TryGetProperty("findings", out _));
        Assert.Contains("Fixture.Customer.Email", run.Output);
    }

    [Fact]
    public async Task Inventory_refuses_sarif()
    {
        var run = await CliRunner.RunAsync("inventory", fixture.Project.ProjectFile, "--format", "sarif");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
    }

    [Fact]
    public void Scan_report_holds_the_code_inventory()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.json")));
        var inventory = json.RootElement.GetProperty("inventory");

        Assert.Equal("piiguard.json", inventory.GetProperty("policy").GetProperty("path").GetString());
        Assert.True(inventory.GetProperty("policy").GetProperty("loaded").GetBoolean());
        Assert.Equal("Fixture LLC", inventory.GetProperty("policy").GetProperty("controller").GetString());
        var holder = Assert.Single(inventory.GetProperty("holders").EnumerateArray());
        Assert.Equal("Fixture.Customer.Email", holder.GetProperty("holder").GetString());
        Assert.Equal("Email", holder.GetProperty("kind").GetString());
        Assert.Equal("P3Y", holder.GetProperty("retention").GetString());

        var flows = inventory.GetProperty("flows").EnumerateArray()
            .Select(flow => (flow.GetProperty("target").GetString(), flow.GetProperty("targetId").GetString(), flow.GetProperty("kind").GetString(),
                flow.GetProperty("country").GetString(), flow.GetProperty("foreign").GetBoolean()))
            .ToArray();
        Assert.Contains(("recipient", "analytics-us", "Email", "US", true), flows);
        Assert.Contains(("store", "crm-db", "Email", "RU", false), flows);
        var visitor = Assert.Single(inventory.GetProperty("subjects").EnumerateArray(), subject => subject.GetProperty("id").GetString() == "visitor");
        Assert.Equal("Website visitor", visitor.GetProperty("title").GetString());
    }
}
