namespace Allio.Crm.Tests;

/// <summary>
/// The sample's Leaks/ folder is a demo of PiiGuard failing a build: each deliberate leak must fire its rule,
/// and nothing else may; without the switch the sample builds clean with warnings as errors.
/// </summary>
public sealed class DemoLeaksBuildTests
{
    [Fact]
    public async Task Build_with_the_demo_leaks_fails_with_exactly_their_rules()
    {
        var result = await SampleBuild.RunAsync("leaks", "-p:PiiGuardDemoLeaks=true");

        Assert.True(result.ExitCode != 0, "The demo leaks must fail the build:\n" + result.Output);
        Assert.Equal(["PII001", "PII002", "PII003", "PII007"], result.RuleIds);
        Assert.DoesNotMatch(@"\): (error|warning) (?!PII)[A-Z]+\d+:", result.Output);
    }

    [Fact]
    public async Task Normal_build_passes_with_warnings_as_errors()
    {
        var result = await SampleBuild.RunAsync("clean");

        Assert.True(result.ExitCode == 0, "The sample must build clean:\n" + result.Output);
        Assert.Empty(result.RuleIds);
    }
}
