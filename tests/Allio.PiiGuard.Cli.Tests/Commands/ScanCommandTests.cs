using System.Text.Json;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Commands;

[Collection(ScannedFixtureCollection.Name)]
public sealed class ScanCommandTests(ScannedFixture fixture)
{
    [Fact]
    public void Scan_reports_the_leak_at_its_repository_relative_line()
    {
        var line = fixture.Project.LineOf("Leaks.cs", FixtureProject.LoudLeak);

        var leak = Assert.Single(FindingsOf(ConsoleLeakTestAnalyzer.Id), finding => finding.GetProperty("path").GetString() == "Leaks.cs"
            && finding.GetProperty("startLine").GetInt32() == line);
        Assert.Equal("warning", leak.GetProperty("level").GetString());
        Assert.Equal("'Email' is written to the console", leak.GetProperty("message").GetString());
    }

    [Fact]
    public void Scan_exits_with_findings_code_when_an_error_is_found()
    {
        // Strict.cs raises the test rule to error in .editorconfig, and --fail-on defaults to error.
        Assert.Equal(ExitCodes.FindingsFound, fixture.First.ExitCode);
    }

    [Fact]
    public void Pragma_and_SuppressMessage_suppressions_are_not_reported()
    {
        var pragmaLine = fixture.Project.LineOf("Leaks.cs", FixtureProject.PragmaSuppressed);
        var attributeLine = fixture.Project.LineOf("Leaks.cs", FixtureProject.AttributeSuppressed);

        Assert.DoesNotContain(FindingsOf(ConsoleLeakTestAnalyzer.Id), finding => finding.GetProperty("path").GetString() == "Leaks.cs"
            && finding.GetProperty("startLine").GetInt32() is var line && (line == pragmaLine || line == attributeLine));
    }

    [Fact]
    public void Editorconfig_severities_are_honoured()
    {
        var findings = FindingsOf(ConsoleLeakTestAnalyzer.Id);

        Assert.DoesNotContain(findings, finding => finding.GetProperty("path").GetString() == "Quiet.cs");
        var strict = Assert.Single(findings, finding => finding.GetProperty("path").GetString() == "Strict.cs");
        Assert.Equal("error", strict.GetProperty("level").GetString());
    }

    [Fact]
    public void Excerpt_holds_two_lines_either_side_and_marks_the_finding_line()
    {
        var line = fixture.Project.LineOf("Leaks.cs", FixtureProject.LoudLeak);
        var leak = FindingsOf(ConsoleLeakTestAnalyzer.Id).Single(finding => finding.GetProperty("startLine").GetInt32() == line);

        var excerpt = leak.GetProperty("excerpt").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(line - 2, 5), excerpt.Select(entry => entry.GetProperty("line").GetInt32()));
        Assert.True(excerpt[2].GetProperty("highlight").GetBoolean());
        Assert.Contains(FixtureProject.MarkupComment, excerpt[1].GetProperty("text").GetString());
    }

    [Fact]
    public void Outside_a_terminal_each_finding_is_one_line_in_the_compiler_format()
    {
        var line = fixture.Project.LineOf("Leaks.cs", FixtureProject.LoudLeak);
        var lines = fixture.First.Output.Split('\n');

        Assert.Contains(lines, text => System.Text.RegularExpressions.Regex.IsMatch(
            text, $@"^Leaks\.cs\({line},\d+\): warning PIIT01: 'Email' is written to the console$"));
        Assert.Contains(lines, text => text.StartsWith("Strict.cs(", StringComparison.Ordinal) && text.Contains("): error PIIT01: "));
        // No table, no wrapping: every line that names the rule is a whole diagnostic.
        Assert.All(lines.Where(text => text.Contains("PIIT01")), text => Assert.Matches(@"^\S+\(\d+,\d+\): (error|warning|note) PIIT01: .+$", text));
        Assert.Contains("finding(s)", fixture.First.Output);
    }

    [Fact]
    public void Suppressed_findings_are_reported_apart_with_their_justification()
    {
        var pragmaLine = fixture.Project.LineOf("Leaks.cs", FixtureProject.PragmaSuppressed);
        var attributeLine = fixture.Project.LineOf("Leaks.cs", FixtureProject.AttributeSuppressed);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.json")));
        var suppressed = json.RootElement.GetProperty("suppressed").EnumerateArray()
            .Where(finding => finding.GetProperty("ruleId").GetString() == ConsoleLeakTestAnalyzer.Id)
            .ToDictionary(finding => finding.GetProperty("startLine").GetInt32(), finding => finding.GetProperty("suppression"));

        Assert.Equal("#pragma warning disable", suppressed[pragmaLine].GetProperty("mechanism").GetString());
        Assert.Equal("inSource", suppressed[pragmaLine].GetProperty("kind").GetString());
        Assert.Equal("[SuppressMessage]", suppressed[attributeLine].GetProperty("mechanism").GetString());
        Assert.Equal("Fixture", suppressed[attributeLine].GetProperty("justification").GetString());
        Assert.Contains("suppressed in source", fixture.First.Output);

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.sarif")));
        var sarifSuppressions = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(result => result.TryGetProperty("suppressions", out _))
            .Select(result => result.GetProperty("suppressions")[0])
            .ToArray();
        Assert.Contains(sarifSuppressions, suppression => suppression.GetProperty("kind").GetString() == "inSource"
            && suppression.TryGetProperty("justification", out var justification) && justification.GetString() == "Fixture");

        var markdown = File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.md"));
        Assert.Contains("## Suppressed", markdown);
        Assert.Contains($"`Leaks.cs:{attributeLine}:", markdown);
        var html = File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.html"));
        Assert.Contains("<section id=\"suppressed\">", html);
        Assert.Contains($"Leaks.cs:{pragmaLine}:", html);
    }

    [Fact]
    public void Every_analyzer_of_the_PiiGuard_assembly_runs()
    {
        var ruleIds = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.FirstReports, "piiguard-report.json"))).RootElement
            .GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString()).ToHashSet();
        var shipped = RuleCatalog.Describe(PiiGuardExtensions.Load().Analyzers).Select(rule => rule.Id);

        Assert.Superset(shipped.ToHashSet(), ruleIds!);
        Assert.Contains(ConsoleLeakTestAnalyzer.Id, ruleIds);
    }

    [Fact]
    public void The_real_log_rule_finds_the_console_leak()
    {
        var line = fixture.Project.LineOf("Leaks.cs", FixtureProject.LoudLeak);
        var found = FindingsOf("PII001").Any(finding => finding.GetProperty("path").GetString() == "Leaks.cs"
            && finding.GetProperty("startLine").GetInt32() == line);

        Assert.True(found, "PII001 did not report the console leak in Leaks.cs");
    }

    private JsonElement[] FindingsOf(string ruleId) =>
        [.. fixture.FirstFindings.EnumerateArray().Where(finding => finding.GetProperty("ruleId").GetString() == ruleId)];
}
