using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Commands;

/// <summary>
/// <c>--property</c> reaches MSBuild: the sample compiles its deliberate leaks only with <c>PiiGuardDemoLeaks=true</c>,
/// and the scan then reports what <c>dotnet build samples/Allio.Crm -warnaserror -p:PiiGuardDemoLeaks=true</c> reports.
/// </summary>
[Collection(ScannedFixtureCollection.Name)]
public sealed class BuildPropertyScanTests(ScannedSample sample) : IClassFixture<ScannedSample>
{
    /// <summary>Each deliberate leak: its rule, and the text of the line the compiler reports it on.</summary>
    private static readonly (string Rule, string Line)[] DeliberateLeaks =
    [
        ("PII001", "logger.LogInformation(\"CV received from {Email}\", applicant.Email);"),
        ("PII007", "throw new InvalidOperationException($\"No vacancy matches the CV of {applicant.LastName}\");"),
        ("PII003", "analytics.Track(applicant.Email, \"cv-submitted\");"),
        ("PII002", "=> JsonSerializer.Serialize(applicant);"),
    ];

    [Fact]
    public void With_the_property_the_scan_finds_exactly_the_deliberate_leaks()
    {
        var expected = DeliberateLeaks.Select(leak => (leak.Rule, ScannedSample.LeaksFile, LineOf(leak.Line))).Order();

        var reported = sample.WithLeaksFindings
            .Where(finding => finding.GetProperty("level").GetString() is "warning" or "error")
            .Select(finding => (finding.GetProperty("ruleId").GetString()!, finding.GetProperty("path").GetString()!, finding.GetProperty("startLine").GetInt32()))
            .Order();

        Assert.Equal(expected, reported);
    }

    [Fact]
    public void With_the_property_the_scan_exits_with_the_findings_code()
    {
        // PII003 is an error by default, and --fail-on defaults to error.
        Assert.Equal(ExitCodes.FindingsFound, sample.WithLeaks.ExitCode);
    }

    [Fact]
    public void Without_the_property_the_leaks_file_is_not_compiled()
    {
        Assert.DoesNotContain(sample.WithoutLeaksFindings, finding => finding.GetProperty("path").GetString() == ScannedSample.LeaksFile);
        Assert.DoesNotContain(sample.WithoutLeaksFindings, finding => finding.GetProperty("level").GetString() is "warning" or "error");
        Assert.Equal(ExitCodes.Success, sample.WithoutLeaks.ExitCode);
    }

    private int LineOf(string text)
    {
        var lines = File.ReadAllLines(Path.Combine(sample.RepositoryRoot, ScannedSample.LeaksFile));
        return Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal)) + 1;
    }
}
