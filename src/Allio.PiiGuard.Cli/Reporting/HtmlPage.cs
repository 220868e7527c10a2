using System.Net;
using System.Text;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>
/// The shell of the self-contained HTML report: inline CSS, no scripts, and a content security policy
/// that forbids fetching anything, so the page works offline and cannot leak where it is opened.
/// </summary>
public static class HtmlPage
{
    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Wraps <paramref name="body"/> in a complete document in <paramref name="language"/> (an HTML <c>lang</c>).</summary>
    public static string Document(string title, string body, string language)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        page.Append(ReportMarks.HtmlMeta).Append('\n');
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        page.Append(body);
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    private const string Css = """
        :root { --error: #b42318; --warning: #b54708; --note: #175cd3; --line: #d0d5dd; --muted: #475467; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #101828; background: #fcfcfd; }
        header { border-bottom: 4px solid #344054; margin-bottom: 1.5rem; }
        h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
        h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        .meta { color: var(--muted); margin: 0 0 1rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
        th { background: #f2f4f7; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .cards { display: flex; flex-wrap: wrap; gap: .75rem; }
        .card { flex: 1 1 8rem; border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; background: #fff; }
        .card b { display: block; font-size: 1.75rem; }
        .card.error b { color: var(--error); } .card.warning b { color: var(--warning); } .card.note b { color: var(--note); }
        .level { display: inline-block; border-radius: .25rem; padding: 0 .4rem; color: #fff; font-size: .8rem; text-transform: uppercase; }
        .level.error { background: var(--error); } .level.warning { background: var(--warning); } .level.note { background: var(--note); }
        article.finding { border: 1px solid var(--line); border-left: 6px solid var(--note); border-radius: .25rem; padding: .5rem .75rem; margin: .75rem 0; background: #fff; }
        article.finding.error { border-left-color: var(--error); } article.finding.warning { border-left-color: var(--warning); }
        article.finding h3 { margin: 0; font-size: 1rem; }
        code, pre { font: 13px/1.45 ui-monospace, "Cascadia Mono", Consolas, monospace; }
        pre { background: #f2f4f7; padding: .5rem 0; overflow-x: auto; margin: .5rem 0 0; }
        pre span { display: block; padding: 0 .75rem; white-space: pre; }
        pre span.hit { background: #fef0c7; }
        pre i { font-style: normal; color: var(--muted); user-select: none; }
        .foreign { background: #fee4e2; font-weight: 600; }
        #notification-152fz th { background: #f4f3ff; width: 34%; }
        tr.conflict { background: #fef0c7; } .conflict-flag { color: var(--error); text-transform: uppercase; font-size: .8rem; }
        nav#toc ol { margin: .25rem 0; } nav#toc > ol { columns: 2; }
        h3.rule-group .count { display: inline-block; min-width: 1.6rem; text-align: center; border-radius: .8rem; background: #344054; color: #fff; font-size: .85rem; padding: 0 .4rem; }
        svg.flow-map { width: 100%; height: auto; border: 1px solid var(--line); background: #fff; }
        svg.flow-map rect { fill: #eef4ff; stroke: #175cd3; } svg.flow-map g.foreign rect { fill: #fee4e2; stroke: var(--error); stroke-width: 2; }
        svg.flow-map g.subject rect { fill: #f2f4f7; stroke: #344054; } svg.flow-map g.purpose rect { fill: #ecfdf3; stroke: #067647; }
        svg.flow-map text { font: 12px system-ui, sans-serif; fill: #101828; } svg.flow-map text.column { font-weight: 700; fill: var(--muted); }
        svg.flow-map path { fill: none; stroke: #98a2b3; stroke-width: 1.4; } svg.flow-map path.foreign { stroke: var(--error); stroke-width: 2; }
        .empty { color: var(--muted); font-style: italic; }

        """;
}
