using System.Globalization;
using System.Text;
using Allio.PiiGuard.Cli.Findings;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>One offline HTML page for reviewers: summary cards, rules, findings with escaped code excerpts.</summary>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <inheritdoc />
    public ReportFormat Format => ReportFormat.Html;

    /// <inheritdoc />
    public string Extension => "html";

    /// <inheritdoc />
    public string Render(ReportDocument report)
    {
        var body = new StringBuilder();
        var title = report.HasFindings ? "PiiGuard report" : "PiiGuard record of processing";
        body.Append("<header>\n<h1>").Append(title).Append("</h1>\n<p class=\"meta\">Target <code>").Append(HtmlPage.Encode(report.Target))
            .Append("</code> · PiiGuard ").Append(HtmlPage.Encode(report.ToolVersion));
        if (report.Timestamp is { } timestamp)
        {
            body.Append(" · ").Append(timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC");
        }

        body.Append("</p>\n</header>\n");
        if (report.HasFindings)
        {
            WriteSummary(body, report);
            WriteRules(body, report);
            WriteFindings(body, report);
        }

        InventoryHtml.Append(body, report.Scan.Record);
        return HtmlPage.Document(title, body.ToString());
    }

    private static void WriteSummary(StringBuilder body, ReportDocument report)
    {
        var summary = ReportSummary.Of(report);
        body.Append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
        Card(body, "findings", "Findings", summary.Findings);
        Card(body, "error", "Errors", summary.Errors);
        Card(body, "warning", "Warnings", summary.Warnings);
        Card(body, "note", "Notes", summary.Notes);
        Card(body, "documents", "Documents", summary.Documents);
        Card(body, "projects", "Projects", summary.Projects);
        Card(body, "baseline", "Known (baseline)", summary.BaselineMatched);
        body.Append("</div>\n");
        if (!report.Scan.AnalyzerFailures.IsEmpty)
        {
            body.Append("<p><span class=\"level error\">incomplete</span> Analyzers failed:</p>\n<ul>\n");
            foreach (var failure in report.Scan.AnalyzerFailures)
            {
                body.Append("<li>").Append(HtmlPage.Encode(failure)).Append("</li>\n");
            }

            body.Append("</ul>\n");
        }

        body.Append("</section>\n");
    }

    private static void Card(StringBuilder body, string kind, string label, int count) =>
        body.Append("<div class=\"card ").Append(kind).Append("\" data-count=\"").Append(count.ToString(CultureInfo.InvariantCulture))
            .Append("\"><b>").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</b>").Append(label).Append("</div>\n");

    private static void WriteRules(StringBuilder body, ReportDocument report)
    {
        var counts = ReportSummary.CountByRule(report);
        body.Append("<section id=\"rules\">\n<h2>Rules</h2>\n<table>\n<thead><tr><th>Rule</th><th>Title</th><th>Default</th><th>Findings</th></tr></thead>\n<tbody>\n");
        foreach (var rule in report.Scan.Rules)
        {
            body.Append("<tr><td><a href=\"").Append(HtmlPage.Encode(rule.HelpUri)).Append("\">").Append(HtmlPage.Encode(rule.Id)).Append("</a></td><td>")
                .Append(HtmlPage.Encode(rule.Title)).Append("</td><td><span class=\"level ").Append(rule.DefaultLevel.ToName()).Append("\">")
                .Append(rule.DefaultLevel.ToName()).Append("</span></td><td class=\"num\">")
                .Append(counts.GetValueOrDefault(rule.Id).ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteFindings(StringBuilder body, ReportDocument report)
    {
        body.Append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (report.Scan.Findings.IsEmpty)
        {
            body.Append("<p class=\"empty\">No findings.</p>\n");
        }

        foreach (var finding in report.Scan.Findings)
        {
            var level = finding.Level.ToName();
            var region = finding.Region;
            body.Append("<article class=\"finding ").Append(level).Append("\" data-rule=\"").Append(HtmlPage.Encode(finding.RuleId)).Append("\">\n")
                .Append("<h3><span class=\"level ").Append(level).Append("\">").Append(level).Append("</span> ")
                .Append(HtmlPage.Encode(finding.RuleId)).Append(" · <code>")
                .Append(HtmlPage.Encode(string.Create(CultureInfo.InvariantCulture, $"{region.Path}:{region.StartLine}:{region.StartColumn}")))
                .Append("</code></h3>\n<p>").Append(HtmlPage.Encode(finding.Message)).Append("</p>\n");
            WriteExcerpt(body, finding);
            body.Append("</article>\n");
        }

        body.Append("</section>\n");
    }

    private static void WriteExcerpt(StringBuilder body, Finding finding)
    {
        if (finding.Excerpt.IsEmpty)
        {
            return;
        }

        var width = finding.Excerpt[^1].Number.ToString(CultureInfo.InvariantCulture).Length;
        body.Append("<pre class=\"excerpt\"><code>");
        foreach (var line in finding.Excerpt)
        {
            body.Append(line.IsFindingLine ? "<span class=\"hit\">" : "<span>")
                .Append("<i>").Append(line.Number.ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append("  </i>")
                .Append(HtmlPage.Encode(line.Text)).Append("</span>");
        }

        body.Append("</code></pre>\n");
    }
}
