using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Commands;

/// <summary>
/// Options go before or after the path, for every command: an option that takes a value never takes the path too.
/// The path given does not exist, so the run stops at it, and the message proves which value was read as the path.
/// </summary>
public sealed class OptionOrderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("piiguard-cli-order-").FullName;

    private string Missing => Path.Combine(folder, "MyApp.sln");

    [Theory]
    [InlineData("scan", "--format", "sarif")]
    [InlineData("scan", "--format", "json,md")]
    [InlineData("scan", "-f", "html")]
    [InlineData("scan", "--property", "A=1")]
    [InlineData("scan", "-p", "A=1;B=2")]
    [InlineData("scan", "--fail-on", "warning")]
    [InlineData("scan", "--lang", "ru")]
    [InlineData("inventory", "--format", "json")]
    [InlineData("inventory", "--property", "A=1")]
    [InlineData("inventory", "--lang", "en")]
    public async Task An_option_before_the_path_leaves_the_path_alone(string command, string option, string value)
    {
        var before = await CliRunner.RunAsync(command, option, value, Missing);
        var after = await CliRunner.RunAsync(command, Missing, option, value);

        foreach (var run in (CliRun[])[before, after])
        {
            Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
            Assert.Contains("MyApp.sln", run.Error);
            Assert.Contains("does not exist", run.Error);
            Assert.DoesNotContain("Unknown report format", run.Error);
            Assert.DoesNotContain("is not a property", run.Error);
        }
    }

    [Fact]
    public async Task Repeated_formats_still_accumulate()
    {
        var run = await CliRunner.RunAsync("inventory", "--format", "json", "--format", "sarif", Missing);

        // sarif is refused by inventory: proof that the second --format was read, not dropped.
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("not Sarif", run.Error);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
