using System.Text.Json;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Reports;

[Collection(ScannedFixtureCollection.Name)]
public sealed class ReportFileTests(ScannedFixture fixture)
{
    private static readonly string[] ReportFiles = ["piiguard-report.sarif", "piiguard-report.json", "piiguard-report.md", "piiguard-report.html"];

    [Fact]
    public void Two_scans_write_byte_identical_reports()
    {
        foreach (var file in ReportFiles)
        {
            var first = File.ReadAllBytes(Path.Combine(fixture.FirstReports, file));
            var second = File.ReadAllBytes(Path.Combine(fixture.SecondReports, file));
            Assert.True(first.AsSpan().SequenceEqual(second), $"{file} differs between two scans of the same code.");
        }
    }

    [Fact]
    public async Task Sarif_report_is_valid_against_the_official_schema()
    {
        var errors = await SarifSchema.ValidateAsync(File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.sarif")));

        Assert.Empty(errors);
    }

    [Fact]
    public void Sarif_report_carries_rule_metadata_relative_locations_and_fingerprints()
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var testRule = rules.Single(rule => rule.GetProperty("id").GetString() == ConsoleLeakTestAnalyzer.Id);
        Assert.Equal("https://example.invalid/PIIT01", testRule.GetProperty("helpUri").GetString());
        Assert.Equal("warning", testRule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.False(string.IsNullOrEmpty(testRule.GetProperty("shortDescription").GetProperty("text").GetString()));
        Assert.False(string.IsNullOrEmpty(testRule.GetProperty("fullDescription").GetProperty("text").GetString()));

        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == ConsoleLeakTestAnalyzer.Id);
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.DoesNotContain(fixture.Project.Directory, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.True(location.GetProperty("region").GetProperty("endColumn").GetInt32() > location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Matches("^[0-9a-f]{32}$", result.GetProperty("partialFingerprints").GetProperty(FindingFingerprint.SarifKey).GetString());
    }

    [Fact]
    public void Sarif_rules_carry_what_code_scanning_shows_help_severity_and_tags()
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.sarif")));
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(rule => rule.GetProperty("id").GetString()!);

        var logRule = rules["PII001"];
        var help = logRule.GetProperty("help");
        Assert.StartsWith("# PII001:", help.GetProperty("markdown").GetString());
        Assert.StartsWith("PII001:", help.GetProperty("text").GetString());
        var properties = logRule.GetProperty("properties");
        var severity = double.Parse(properties.GetProperty("security-severity").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(severity, 7.0, 8.9);
        var tags = properties.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()).ToArray();
        Assert.Contains("security", tags);
        Assert.Contains("privacy", tags);
        Assert.Contains("external/cwe/cwe-532", tags);
        Assert.Contains("external/cwe/cwe-201", rules["PII012"].GetProperty("properties").GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()));
        // Every shipped rule has its page as help; only the test rule (no page) has none.
        Assert.All(rules.Where(rule => rule.Key.StartsWith("PII0", StringComparison.Ordinal)), rule => Assert.True(rule.Value.TryGetProperty("help", out _), rule.Key));
        Assert.False(rules[ConsoleLeakTestAnalyzer.Id].TryGetProperty("help", out _));
        Assert.All(rules.Values, rule => Assert.True(rule.GetProperty("properties").TryGetProperty("security-severity", out _)));
    }

    [Fact]
    public void Reports_hold_no_absolute_path_and_no_time_stamp()
    {
        foreach (var file in ReportFiles)
        {
            var text = File.ReadAllText(Path.Combine(fixture.FirstReports, file));
            Assert.DoesNotContain(fixture.Project.Directory, text);
            Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd"), text);
        }
    }

    [Fact]
    public void Baseline_hides_every_finding_it_already_holds()
    {
        var firstCount = fixture.FirstFindings.GetArrayLength();
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.BaselinedReports, "piiguard-report.json")));

        Assert.True(firstCount > 0);
        Assert.Equal(0, report.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(firstCount, report.RootElement.GetProperty("summary").GetProperty("baselineMatched").GetInt32());
        Assert.Equal(ExitCodes.Success, fixture.Baselined.ExitCode);
    }

    [Fact]
    public void Html_report_escapes_code_excerpts()
    {
        var html = File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.html"));

        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>bold?</b>", html);
    }

    [Fact]
    public void Markdown_report_lists_findings_with_excerpts()
    {
        var markdown = File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.md"));
        var line = fixture.Project.LineOf("Leaks.cs", FixtureProject.LoudLeak);

        Assert.Contains($"`Leaks.cs:{line}:", markdown);
        Assert.Contains("Console.WriteLine(customer.Email);", markdown);
        Assert.Contains("## Summary", markdown);
    }
}
