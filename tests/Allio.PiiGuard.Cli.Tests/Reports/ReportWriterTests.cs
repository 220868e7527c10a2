using System.Text.Json;
using Allio.PiiGuard.Cli.Reporting;

namespace Allio.PiiGuard.Cli.Tests.Reports;

public sealed class ReportWriterTests
{
    private readonly ReportDocument report = SampleReports.WithAwkwardContent();

    [Fact]
    public async Task Sarif_with_escaped_paths_and_snippets_is_valid()
    {
        var sarif = new SarifReportWriter().Render(report);

        Assert.Empty(await SarifSchema.ValidateAsync(sarif));
        Assert.Contains("src/My%20App/%D0%9A%D0%BB%D0%B8%D0%B5%D0%BD%D1%82%D1%8B.cs", sarif);
    }

    [Fact]
    public async Task Sarif_with_a_time_stamp_is_valid_and_only_then_has_one()
    {
        var stamped = new SarifReportWriter().Render(report with { Timestamp = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero) });

        Assert.Empty(await SarifSchema.ValidateAsync(stamped));
        Assert.Contains("\"startTimeUtc\": \"2026-11-24T09:00:00.000Z\"", stamped);
        Assert.DoesNotContain("startTimeUtc", new SarifReportWriter().Render(report));
    }

    [Fact]
    public void Json_report_has_summary_rules_and_flat_findings()
    {
        using var json = JsonDocument.Parse(new JsonReportWriter().Render(report));
        var root = json.RootElement;

        Assert.Equal(JsonReportWriter.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("baselineMatched").GetInt32());
        Assert.Equal(1, root.GetProperty("rules")[0].GetProperty("findings").GetInt32());
        Assert.Equal("src/My App/Клиенты.cs", root.GetProperty("findings")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Html_report_escapes_messages_and_code_and_loads_nothing()
    {
        var html = new HtmlReportWriter().Render(report);

        Assert.Contains("&#39;Email&#39; &lt;b&gt;reaches&lt;/b&gt; | the log", html);
        Assert.Contains("// &lt;script&gt;alert(1)&lt;/script&gt; &amp; ``` fence", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain(" src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.Contains("default-src 'none'", html);
    }

    [Fact]
    public void Markdown_report_escapes_markup_and_fences_code_safely()
    {
        var markdown = new MarkdownReportWriter().Render(report);

        Assert.Contains("'Email' &lt;b&gt;reaches&lt;/b&gt; \\| the log", markdown);
        Assert.Contains("````text", markdown);
        Assert.Contains("> 12 |     logger.Log(c.Email);", markdown);
    }

    [Fact]
    public void Html_report_highlights_foreign_destinations_and_drafts_the_notification()
    {
        var html = new HtmlReportWriter().Render(report);

        Assert.Contains("<tr class=\"foreign\"><td>Email</td><td>recipient <code>analytics-us</code></td><td>US (foreign)</td>", html);
        Assert.Contains("US analytics &lt;Inc&gt;", html);
        Assert.Contains("<section id=\"notification-152fz\">", html);
        Assert.Contains("<section id=\"gdpr-art30\">", html);
    }

    [Fact]
    public void Markdown_and_json_reports_carry_the_record_of_processing()
    {
        var markdown = new MarkdownReportWriter().Render(report);
        using var json = JsonDocument.Parse(new JsonReportWriter().Render(report));

        Assert.Contains("### Subject: Website visitor (1.1.1) (`visitor`)", markdown);
        Assert.Contains("**US (foreign)**", markdown);
        // The notification is filed in Russian: Russian unless English is asked for; the GDPR record stays English.
        Assert.Contains("## Уведомление об обработке персональных данных", markdown);
        Assert.Contains("## Record of processing activities, GDPR Art. 30(1)", markdown);
        Assert.Contains("## Notification draft, 152-FZ art. 22 part 3", new MarkdownReportWriter().Render(report with { Language = "en" }));
        Assert.Contains("| Email | P1Y / P3Y **CONFLICT** |", markdown);
        Assert.Equal(3, json.RootElement.GetProperty("inventory").GetProperty("subjects").GetArrayLength());
        Assert.Equal(12, json.RootElement.GetProperty("inventory").GetProperty("notification152Fz").GetArrayLength());
        Assert.Equal(13, json.RootElement.GetProperty("inventory").GetProperty("notification152FzRu").GetArrayLength());
    }
}
