using System.Text.Json;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Tests.Fixtures;
using Allio.PiiGuard.Cli.Init;

namespace Allio.PiiGuard.Cli.Tests.Commands;

public sealed class InitCommandTests
{
    [Fact]
    public async Task Init_drafts_a_policy_that_loads_without_problems()
    {
        using var project = await UnannotatedProject.CreateAsync();

        var run = await CliRunner.RunAsync("init", project.ProjectFile, "--no-restore", "--jurisdiction", "de", "--cross-border", "declared");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var text = await File.ReadAllTextAsync(project.PathOf("piiguard.json"));
        Assert.Empty(PolicyDraft.Problems(text));
        using var policy = JsonDocument.Parse(text);
        Assert.Equal("DE", policy.RootElement.GetProperty("jurisdiction").GetString());
        Assert.Equal("declared", policy.RootElement.GetProperty("crossBorderTransfers").GetString());
        var store = Assert.Single(policy.RootElement.GetProperty("stores").EnumerateArray());
        Assert.Equal("orders-db", store.GetProperty("id").GetString());
        // No mark names a purpose yet: a placeholder the person replaces.
        Assert.Equal("todo", Assert.Single(policy.RootElement.GetProperty("purposes").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Init_takes_purposes_and_subjects_from_the_marks_and_recipients_from_the_SDK_hosts_called()
    {
        using var project = await UnannotatedProject.CreateAsync();
        await File.WriteAllTextAsync(project.PathOf("Billing.cs"), """
            using Allio.PiiGuard;

            namespace Shop;

            public class Invoice
            {
                [Pii(Kind = PiiKind.Email, Purposes = new[] { "billing" }, Subjects = new[] { "customer" })]
                public string PayerEmail { get; set; } = "";

                public static System.Uri Endpoint => new System.Uri("https://api.stripe.com/v1/invoices");
            }
            """);

        var run = await CliRunner.RunAsync("init", project.ProjectFile, "--no-restore");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var policy = JsonDocument.Parse(await File.ReadAllTextAsync(project.PathOf("piiguard.json")));
        var root = policy.RootElement;
        Assert.Equal(["billing"], root.GetProperty("purposes").EnumerateArray().Select(purpose => purpose.GetProperty("id").GetString()));
        Assert.Equal(["customer"], root.GetProperty("subjects").EnumerateArray().Select(subject => subject.GetProperty("id").GetString()));
        var stripe = Assert.Single(root.GetProperty("recipients").EnumerateArray());
        Assert.Equal("stripe", stripe.GetProperty("id").GetString());
        Assert.Equal("US", stripe.GetProperty("country").GetString());
        Assert.Equal("RU", root.GetProperty("jurisdiction").GetString());
        Assert.Equal("forbidden", root.GetProperty("crossBorderTransfers").GetString());
    }

    [Fact]
    public async Task Init_refuses_to_overwrite_an_existing_policy()
    {
        using var project = await UnannotatedProject.CreateAsync();
        const string Existing = "{ \"jurisdiction\": \"RU\" }\n";
        await File.WriteAllTextAsync(project.PathOf("piiguard.json"), Existing);

        var run = await CliRunner.RunAsync("init", project.ProjectFile, "--no-restore");

        Assert.Equal(ExitCodes.PolicyExists, run.ExitCode);
        Assert.Contains("never overwrites", run.Error, StringComparison.Ordinal);
        Assert.Equal(Existing, await File.ReadAllTextAsync(project.PathOf("piiguard.json")));
    }

    [Fact]
    public async Task An_unknown_jurisdiction_is_refused_before_anything_is_loaded()
    {
        var run = await CliRunner.RunAsync("init", ".", "--jurisdiction", "XX");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("'XX' is not an ISO 3166-1 alpha-2 country code", run.Error, StringComparison.Ordinal);
    }
}
