using Allio.PiiGuard.Cli.Findings;

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
