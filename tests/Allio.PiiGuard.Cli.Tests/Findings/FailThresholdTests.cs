using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Inventory;
using Allio.PiiGuard.Cli.Terminal;

namespace Allio.PiiGuard.Cli.Tests.Findings;

public sealed class FailThresholdTests
{
    [Theory]
    [InlineData("PII001", FindingLevel.Error, "error", true)]
    [InlineData("PII001", FindingLevel.Warning, "error", false)]
    [InlineData("PII001", FindingLevel.Warning, "warning", true)]
    [InlineData("PII006", FindingLevel.Note, "warning", false)]
    [InlineData("PII006", FindingLevel.Note, "note", true)]
    [InlineData("PII001", FindingLevel.Error, "none", false)]
    [InlineData("PII009", FindingLevel.Warning, "error", true)]
    [InlineData("PII009", FindingLevel.Note, "error", true)]
    [InlineData("PII009", FindingLevel.Warning, "none", false)]
    public void Threshold_decides_which_findings_fail_the_scan(string rule, FindingLevel level, string failOn, bool fails)
    {
        var finding = new Finding(rule, level, "m", new SourceRegion("a.cs", 1, 1, 1, 2), "f", []);

        Assert.Equal(fails, FailThreshold.Fails(finding, failOn));
    }
}

public sealed class ScanVerdictTests
{
    private static readonly Finding Error = new("PII001", FindingLevel.Error, "m", new SourceRegion("a.cs", 1, 1, 1, 2), "f", []);

    [Fact]
    public void Suppressed_findings_never_fail_even_at_the_lowest_threshold()
    {
        var result = Scan([]) with { Suppressed = [Error with { Suppression = new FindingSuppression("inSource", "#pragma warning disable", "") }] };

        var verdict = ScanVerdict.Of(result, "note", allowCompileErrors: false);

        Assert.Equal(ExitCodes.Success, verdict.ExitCode);
        Assert.Equal(0, verdict.Failing);
    }

    [Fact]
    public void The_summary_states_the_count_the_exit_code_was_decided_on()
    {
        // A PII009 warning: "0 error(s)" by level, yet it fails --fail-on error; the summary must say so.
        var policyProblem = Error with { RuleId = "PII009", Level = FindingLevel.Warning };
        var result = Scan([policyProblem]);

        var verdict = ScanVerdict.Of(result, "error", allowCompileErrors: false);
        var summary = FindingsTable.Summary(result, 0, verdict);

        Assert.Equal(ExitCodes.FindingsFound, verdict.ExitCode);
        Assert.Contains("0 error(s)", summary);
        Assert.Contains("1 fail --fail-on error", summary);
    }

    [Fact]
    public void Compiler_errors_win_over_findings_unless_allowed()
    {
        var result = Scan([Error]) with { Health = [new ProjectHealth("App.csproj", true, 2, ["a.cs(1,1): error CS0103: x"])] };

        Assert.Equal(ExitCodes.CompileErrors, ScanVerdict.Of(result, "error", allowCompileErrors: false).ExitCode);
        Assert.Equal(ExitCodes.FindingsFound, ScanVerdict.Of(result, "error", allowCompileErrors: true).ExitCode);
    }

    private static ScanResult Scan(ImmutableArray<Finding> findings) =>
        new(["App.csproj"], 1, [], findings, [], ProcessingRecordBuilder.Build(CodeInventory.Empty, PolicySource.None, []))
        {
            Health = [new ProjectHealth("App.csproj", true, 0, [])],
        };
}
