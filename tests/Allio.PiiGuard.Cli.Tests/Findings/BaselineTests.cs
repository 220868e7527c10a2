using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Inventory;
using Allio.PiiGuard.Cli.Reporting;

namespace Allio.PiiGuard.Cli.Tests.Findings;

public sealed class BaselineTests : IDisposable
{
    private readonly string file = Path.GetTempFileName();

    [Fact]
    public void A_finding_that_moved_to_another_line_is_still_known()
    {
        WriteBaseline(Finding("PII001", "src/A.cs", 10, "    logger.LogInformation(user.Email);"));

        var moved = Finding("PII001", "src/A.cs", 42, "\t\tlogger.LogInformation(user.Email);   ");
        var (fresh, matched) = Baseline.Load(file).Filter([moved]);

        Assert.Empty(fresh);
        Assert.Equal(1, matched);
    }

    [Fact]
    public void A_changed_line_another_file_or_another_rule_is_new()
    {
        WriteBaseline(Finding("PII001", "src/A.cs", 10, "logger.LogInformation(user.Email);"));

        ImmutableArray<Finding> current =
        [
            Finding("PII001", "src/A.cs", 10, "logger.LogInformation(user.Phone);"),
            Finding("PII001", "src/B.cs", 10, "logger.LogInformation(user.Email);"),
            Finding("PII007", "src/A.cs", 10, "logger.LogInformation(user.Email);"),
        ];
        var (fresh, matched) = Baseline.Load(file).Filter(current);

        Assert.Equal(3, fresh.Length);
        Assert.Equal(0, matched);
    }

    [Fact]
    public void Each_baseline_entry_hides_one_finding_only()
    {
        WriteBaseline(Finding("PII001", "src/A.cs", 10, "Log(user.Email);"));

        var (fresh, matched) = Baseline.Load(file).Filter(
            [Finding("PII001", "src/A.cs", 10, "Log(user.Email);"), Finding("PII001", "src/A.cs", 20, "Log(user.Email);")]);

        Assert.Single(fresh);
        Assert.Equal(1, matched);
    }

    [Fact]
    public void A_file_that_is_not_sarif_is_rejected_with_a_reason()
    {
        File.WriteAllText(file, "{ \"not\": \"sarif\" }");

        var exception = Assert.Throws<BaselineException>(() => Baseline.Load(file));
        Assert.Contains("is not a SARIF report of 'piiguard scan'", exception.Message);
    }

    [Fact]
    public async Task The_compilers_own_SARIF_is_rejected_by_the_scan_with_a_clear_message()
    {
        // What 'dotnet build -p:ErrorLog=…' writes: valid SARIF with results, but no PiiGuard fingerprints to match.
        File.WriteAllText(file, """
            { "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
              "runs": [ { "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "version": "5.0.0" } },
                          "results": [ { "ruleId": "PII001", "level": "warning", "message": { "text": "m" } } ] } ] }
            """);

        var run = await Fixtures.CliRunner.RunAsync("scan", "--baseline", file, Path.GetDirectoryName(file)!);

        Assert.Equal(Cli.Commands.ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("is not a SARIF report of 'piiguard scan'", run.Error);
    }

    [Fact]
    public void A_suppressed_result_in_the_baseline_hides_no_new_finding()
    {
        var record = ProcessingRecordBuilder.Build(CodeInventory.Empty, PolicySource.None, []);
        var suppressed = Finding("PII001", "src/A.cs", 10, "Log(user.Email);") with { Suppression = new FindingSuppression("inSource", "#pragma warning disable", "") };
        var scan = new ScanResult(["App.csproj"], 1, [], [], [], record) { Suppressed = [suppressed] };
        File.WriteAllText(file, new SarifReportWriter().Render(new ReportDocument(ReportKind.Scan, "0.1.0", "App.csproj", scan, 0, null)));

        var (fresh, matched) = Baseline.Load(file).Filter([Finding("PII001", "src/A.cs", 10, "Log(user.Email);")]);

        Assert.Single(fresh);
        Assert.Equal(0, matched);
    }

    public void Dispose() => File.Delete(file);

    private void WriteBaseline(params Finding[] findings)
    {
        var record = ProcessingRecordBuilder.Build(CodeInventory.Empty, PolicySource.None, []);
        var scan = new ScanResult(["App.csproj"], 1, [], [.. findings], [], record);
        File.WriteAllText(file, new SarifReportWriter().Render(new ReportDocument(ReportKind.Scan, "0.1.0", "App.csproj", scan, 0, null)));
    }

    private static Finding Finding(string rule, string path, int line, string text) => new(
        rule, FindingLevel.Warning, "message", new SourceRegion(path, line, 5, line, 15),
        FindingFingerprint.Compute(path, text), [new ExcerptLine(line, text, true)]);
}
