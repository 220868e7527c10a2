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
    public bool IsOwnReport(string existingText) => existingText.Contains(ReportMarks.HtmlMeta, StringComparison.Ordinal);

    /// <inheritdoc />
    public string Render(ReportDocument report)
    {
        var text = ReportText.For(report.Language);
        var body = new StringBuilder();
        var title = report.HasFindings ? text.ScanTitle : text.RecordTitle;
        body.Append("<header>\n<h1>").Append(HtmlPage.Encode(title)).Append("</h1>\n<p class=\"meta\">").Append(HtmlPage.Encode(text.Target)).Append(" <code>").Append(HtmlPage.Encode(report.Target))
            .Append("</code> · PiiGuard ").Append(HtmlPage.Encode(report.ToolVersion));
        if (report.Timestamp is { } timestamp)
        {
            body.Append(" · ").Append(timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC");
        }

        body.Append("</p>\n</header>\n");
        WriteContents(body, report, text);
        if (report.HasFindings)
        {
            WriteSummary(body, report, text);
            WriteRules(body, report, text);
            WriteFindings(body, report, text);
            WriteSuppressed(body, report, text);
        }

        InventoryHtml.Append(body, report.Scan.Record, report.Language);
        return HtmlPage.Document(title, body.ToString(), text.HtmlLang);
    }

    private static void WriteContents(StringBuilder body, ReportDocument report, ReportText text)
    {
        body.Append("<nav id=\"toc\">\n<h2>").Append(text.Contents).Append("</h2>\n<ol>\n");
        if (report.HasFindings)
        {
            body.Append("<li><a href=\"#summary\">").Append(text.Summary).Append("</a></li>\n<li><a href=\"#rules\">").Append(text.Rules)
                .Append("</a></li>\n<li><a href=\"#findings\">").Append(text.Findings).Append("</a><ol>\n");
            foreach (var group in ByRule(report.Scan.Findings))
            {
                body.Append("<li><a href=\"#rule-").Append(HtmlPage.Encode(group.Key)).Append("\">").Append(HtmlPage.Encode(group.Key))
                    .Append("</a> (").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append(")</li>\n");
            }

            body.Append("</ol></li>\n<li><a href=\"#suppressed\">").Append(text.Suppressed).Append("</a> (")
                .Append(report.Scan.Suppressed.Length.ToString(CultureInfo.InvariantCulture)).Append(")</li>\n");
        }

        foreach (var (id, title) in InventoryHtml.Sections(report.Language))
        {
            body.Append("<li><a href=\"#").Append(id).Append("\">").Append(HtmlPage.Encode(title)).Append("</a></li>\n");
        }

        body.Append("</ol>\n</nav>\n");
    }

    private static IEnumerable<IGrouping<string, Finding>> ByRule(IEnumerable<Finding> findings) =>
        findings.GroupBy(finding => finding.RuleId, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal);

    private static void WriteSuppressed(StringBuilder body, ReportDocument report, ReportText text)
    {
        body.Append("<section id=\"suppressed\">\n<h2>").Append(text.Suppressed).Append("</h2>\n");
        if (report.Scan.Suppressed.IsEmpty)
        {
            body.Append("<p class=\"empty\">").Append(text.NoSuppressed).Append("</p>\n</section>\n");
            return;
        }

        body.Append("<p>").Append(text.SuppressedIntro).Append("</p>\n<table>\n<thead>");
        HeaderRow(body, text.File, text.Rule, text.Message, text.SuppressedBy, text.Justification);
        body.Append("</thead>\n<tbody>\n");
        foreach (var finding in report.Scan.Suppressed)
        {
            var region = finding.Region;
            var suppression = finding.Suppression!;
            body.Append("<tr class=\"suppressed\" data-rule=\"").Append(HtmlPage.Encode(finding.RuleId)).Append("\"><td><code>")
                .Append(HtmlPage.Encode(string.Create(CultureInfo.InvariantCulture, $"{region.Path}:{region.StartLine}:{region.StartColumn}")))
                .Append("</code></td><td>").Append(HtmlPage.Encode(finding.RuleId)).Append("</td><td>").Append(HtmlPage.Encode(finding.Message))
                .Append("</td><td>").Append(HtmlPage.Encode(suppression.Mechanism)).Append("</td><td>")
                .Append(suppression.Justification.Length == 0 ? $"<span class=\"empty\">{text.NoneGiven}</span>" : HtmlPage.Encode(suppression.Justification))
                .Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteSummary(StringBuilder body, ReportDocument report, ReportText text)
    {
        var summary = ReportSummary.Of(report);
        body.Append("<section id=\"summary\">\n<h2>").Append(text.Summary).Append("</h2>\n<div class=\"cards\">\n");
        Card(body, "findings", text.Findings, summary.Findings);
        Card(body, "error", text.Errors, summary.Errors);
        Card(body, "warning", text.Warnings, summary.Warnings);
        Card(body, "note", text.Notes, summary.Notes);
        Card(body, "documents", text.Documents, summary.Documents);
        Card(body, "projects", text.Projects, summary.Projects);
        Card(body, "baseline", text.KnownBaseline, summary.BaselineMatched);
        body.Append("</div>\n");
        if (!report.Scan.AnalyzerFailures.IsEmpty)
        {
            body.Append("<p><span class=\"level error\">").Append(text.ScanIncomplete).Append("</span> ").Append(text.AnalyzerFailures).Append(":</p>\n<ul>\n");
            foreach (var failure in report.Scan.AnalyzerFailures)
            {
                body.Append("<li>").Append(HtmlPage.Encode(failure)).Append("</li>\n");
            }

            body.Append("</ul>\n");
        }

        foreach (var project in report.Scan.Health)
        {
            if (!project.HasVocabulary)
            {
                body.Append("<p class=\"health\"><span class=\"level warning\">").Append(text.RulesOff).Append("</span> <code>").Append(HtmlPage.Encode(project.Project))
                    .Append("</code> ").Append(text.RulesOffReason).Append(".</p>\n");
            }

            if (project.CompileErrorCount > 0)
            {
                body.Append("<p class=\"health\"><span class=\"level error\">").Append(text.DoesNotCompile).Append("</span> <code>").Append(HtmlPage.Encode(project.Project))
                    .Append("</code>: ").Append(project.CompileErrorCount.ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(text.CompilerErrors).Append("; ").Append(text.CompileErrorsHideLeaks).Append(".</p>\n<ul>\n");
                foreach (var line in project.FirstCompileErrors)
                {
                    body.Append("<li><code>").Append(HtmlPage.Encode(line)).Append("</code></li>\n");
                }

                body.Append("</ul>\n");
            }
        }

        body.Append("</section>\n");
    }

    private static void Card(StringBuilder body, string kind, string label, int count) =>
        body.Append("<div class=\"card ").Append(kind).Append("\" data-count=\"").Append(count.ToString(CultureInfo.InvariantCulture))
            .Append("\"><b>").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</b>").Append(label).Append("</div>\n");

    /// <summary>One table header row, escaped.</summary>
    internal static void HeaderRow(StringBuilder body, params string[] headers) =>
        body.Append("<tr>").Append(string.Concat(headers.Select(header => $"<th>{HtmlPage.Encode(header)}</th>"))).Append("</tr>");

    private static void WriteRules(StringBuilder body, ReportDocument report, ReportText text)
    {
        var counts = ReportSummary.CountByRule(report);
        body.Append("<section id=\"rules\">\n<h2>").Append(text.Rules).Append("</h2>\n<table>\n<thead>");
        HeaderRow(body, text.Rule, text.Title, text.Default, text.Findings);
        body.Append("</thead>\n<tbody>\n");
        foreach (var rule in report.Scan.Rules)
        {
            body.Append("<tr><td><a href=\"").Append(HtmlPage.Encode(rule.HelpUri)).Append("\">").Append(HtmlPage.Encode(rule.Id)).Append("</a></td><td>")
                .Append(HtmlPage.Encode(rule.Title)).Append("</td><td><span class=\"level ").Append(rule.DefaultLevel.ToName()).Append("\">")
                .Append(rule.DefaultLevel.ToName()).Append("</span></td><td class=\"num\">")
                .Append(counts.GetValueOrDefault(rule.Id).ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteFindings(StringBuilder body, ReportDocument report, ReportText text)
    {
        body.Append("<section id=\"findings\">\n<h2>").Append(text.Findings).Append("</h2>\n");
        if (report.Scan.Findings.IsEmpty)
        {
            body.Append("<p class=\"empty\">").Append(text.NoFindings).Append("</p>\n");
        }

        var titles = report.Scan.Rules.ToDictionary(rule => rule.Id, rule => rule.Title, StringComparer.Ordinal);
        foreach (var group in ByRule(report.Scan.Findings))
        {
            body.Append("<h3 id=\"rule-").Append(HtmlPage.Encode(group.Key)).Append("\" class=\"rule-group\" data-count=\"")
                .Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append("\">").Append(HtmlPage.Encode(group.Key)).Append(' ')
                .Append(HtmlPage.Encode(titles.GetValueOrDefault(group.Key) ?? "")).Append(" <span class=\"count\">")
                .Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append("</span></h3>\n");
            foreach (var finding in group)
            {
                WriteFinding(body, finding);
            }
        }

        body.Append("</section>\n");
    }

    private static void WriteFinding(StringBuilder body, Finding finding)
    {
        var level = finding.Level.ToName();
        var region = finding.Region;
        body.Append("<article class=\"finding ").Append(level).Append("\" data-rule=\"").Append(HtmlPage.Encode(finding.RuleId)).Append("\">\n")
            .Append("<h4><span class=\"level ").Append(level).Append("\">").Append(level).Append("</span> ")
            .Append(HtmlPage.Encode(finding.Title ?? finding.RuleId)).Append(" · <code>")
            .Append(HtmlPage.Encode(string.Create(CultureInfo.InvariantCulture, $"{region.Path}:{region.StartLine}:{region.StartColumn}")))
            .Append("</code></h4>\n<p>").Append(HtmlPage.Encode(finding.Message)).Append("</p>\n");
        WriteExcerpt(body, finding);
        body.Append("</article>\n");
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
