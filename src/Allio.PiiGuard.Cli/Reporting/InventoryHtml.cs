using System.Text;
using Allio.PiiGuard.Cli.Inventory;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>The record of processing as HTML sections; foreign destinations are highlighted.</summary>
public static class InventoryHtml
{
    /// <summary>The sections <see cref="Append"/> writes, by id and heading, for the table of contents.</summary>
    public static IEnumerable<(string Id, string Title)> Sections(string? language)
    {
        var text = ReportText.For(language);
        return
        [
            ("inventory", text.RecordOfProcessing),
            ("data-flow-map", text.DataFlowMap),
            ("data-flows", text.DataFlows),
            ("retention", text.Retention),
            ("guards", text.Guards),
            ("notification-152fz", text.NotificationTitle),
            ("gdpr-art30", ReportText.GdprTitle),
        ];
    }

    /// <summary>
    /// Appends the sections (ids <c>inventory</c>, <c>data-flow-map</c>, <c>data-flows</c>, <c>retention</c>, <c>guards</c>,
    /// <c>notification-152fz</c>, <c>gdpr-art30</c>); the notification is in Russian unless <paramref name="language"/> is <c>en</c>.
    /// </summary>
    public static void Append(StringBuilder body, ProcessingRecord record, string? language)
    {
        var text = ReportText.For(language);
        body.Append("<section id=\"inventory\">\n<h2>").Append(text.RecordOfProcessing).Append("</h2>\n<p class=\"meta\">").Append(text.Policy).Append(": ")
            .Append(record.Policy.Path is { } path ? $"<code>{HtmlPage.Encode(path)}</code>" : text.NoPolicy).Append("</p>\n");
        foreach (var problem in record.Policy.Problems)
        {
            body.Append("<p class=\"empty\">").Append(HtmlPage.Encode(problem)).Append("</p>\n");
        }

        foreach (var subject in record.Subjects)
        {
            AppendSubject(body, subject, text);
        }

        body.Append("</section>\n");
        body.Append("<section id=\"data-flow-map\">\n<h2>").Append(text.DataFlowMap).Append("</h2>\n")
            .Append("<p class=\"meta\">").Append(text.DataFlowMapLegend).Append("</p>\n")
            .Append(DataFlowMap.Svg(record, language)).Append("</section>\n");
        AppendFlows(body, record, text);
        AppendStores(body, record, text);
        AppendRetention(body, record, text);
        AppendGuards(body, record, text);
        var russian = text.RussianNotification;
        body.Append(russian ? "<div lang=\"ru\">\n" : "<div lang=\"en\">\n");
        AppendFields(body, "notification-152fz", text.NotificationTitle, russian ? record.Notification152FzRussian : record.Notification152Fz);
        body.Append("</div>\n<div lang=\"en\">\n");
        AppendFields(body, "gdpr-art30", ReportText.GdprTitle, record.GdprArticle30);
        body.Append("</div>\n");
    }

    private static void AppendSubject(StringBuilder body, SubjectRecord subject, ReportText text)
    {
        body.Append("<article class=\"subject\" data-subject=\"").Append(HtmlPage.Encode(subject.Id)).Append("\">\n<h3>")
            .Append(HtmlPage.Encode(subject.Title)).Append(" <code>").Append(HtmlPage.Encode(subject.Id)).Append("</code>")
            .Append(subject.IsDeclared ? "" : $" <span class=\"level warning\">{text.NotInPolicy}</span>").Append("</h3>\n");
        body.Append("<table>\n<thead>");
        HtmlReportWriter.HeaderRow(body, text.Kind, text.Category, text.HeldIn);
        body.Append("</thead>\n<tbody>\n");
        foreach (var kind in subject.Kinds)
        {
            body.Append("<tr><td>").Append(HtmlPage.Encode(kind.Kind)).Append("</td><td>").Append(HtmlPage.Encode(kind.Category))
                .Append("</td><td>").Append(string.Join("<br>", kind.Holders.Select(holder => $"<code>{HtmlPage.Encode(holder)}</code>"))).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n<ul>\n");
        Item(body, text, text.Purposes, subject.Purposes.Select(purpose => $"{HtmlPage.Encode(purpose.Title)} <code>{HtmlPage.Encode(purpose.Id)}</code>"));
        Item(body, text, text.Retention, subject.Retention.Select(HtmlPage.Encode));
        Item(body, text, text.Recipients, subject.Recipients.Select(destination => Describe(destination, text)));
        Item(body, text, text.Stores, subject.Stores.Select(destination => Describe(destination, text)));
        body.Append("</ul>\n</article>\n");
    }

    private static string Describe(Destination destination, ReportText text) =>
        $"<span{(destination.IsForeign ? " class=\"foreign\"" : "")}>{HtmlPage.Encode(destination.Title)} <code>{HtmlPage.Encode(destination.Id)}</code> " +
        $"({HtmlPage.Encode(destination.Country)}{(destination.IsForeign ? $", {text.Foreign}" : "")})</span>: {HtmlPage.Encode(string.Join(", ", destination.Kinds))}";

    private static void Item(StringBuilder body, ReportText text, string label, IEnumerable<string> htmlValues)
    {
        var values = htmlValues.ToArray();
        body.Append("<li><b>").Append(label).Append(":</b> ").Append(values.Length == 0 ? text.None : string.Join("; ", values)).Append("</li>\n");
    }

    private static void AppendFlows(StringBuilder body, ProcessingRecord record, ReportText text)
    {
        body.Append("<section id=\"data-flows\">\n<h2>").Append(text.DataFlows).Append("</h2>\n");
        if (record.Flows.IsEmpty)
        {
            body.Append("<p class=\"empty\">").Append(text.NoFlows).Append("</p>\n");
        }
        else
        {
            body.Append("<table>\n<thead>");
            HtmlReportWriter.HeaderRow(body, text.Kind, text.To, text.Country, text.Declared, text.Code);
            body.Append("</thead>\n<tbody>\n");
            foreach (var flow in record.Flows)
            {
                body.Append(flow.IsForeign ? "<tr class=\"foreign\">" : "<tr>")
                    .Append("<td>").Append(HtmlPage.Encode(flow.Kind)).Append("</td><td>").Append(flow.Target).Append(" <code>").Append(HtmlPage.Encode(flow.TargetId))
                    .Append("</code></td><td>").Append(HtmlPage.Encode(flow.Country)).Append(flow.IsForeign ? $" ({text.Foreign})" : "")
                    .Append("</td><td>").Append(flow.IsDeclared ? text.Yes : $"<b>{text.No}</b>").Append("</td><td>")
                    .Append(string.Join("<br>", flow.Locations.Select(location => $"<code>{HtmlPage.Encode(location)}</code>"))).Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n");
        }

        body.Append("</section>\n");
    }

    private static void AppendStores(StringBuilder body, ProcessingRecord record, ReportText text)
    {
        if (record.Stores.IsEmpty)
        {
            return;
        }

        body.Append("<section id=\"stores\">\n<h2>").Append(text.Stores).Append("</h2>\n");
        foreach (var store in record.Stores)
        {
            body.Append("<h3").Append(store.IsForeign ? " class=\"foreign\"" : "").Append('>').Append(HtmlPage.Encode(store.Title))
                .Append(" <code>").Append(HtmlPage.Encode(store.Id)).Append("</code> (").Append(HtmlPage.Encode(store.Country))
                .Append(store.IsForeign ? ", " + text.Foreign : "").Append(")</h3>\n<table>\n<thead>");
            HtmlReportWriter.HeaderRow(body, text.Table, text.Entity, text.PersonalColumns);
            body.Append("</thead>\n<tbody>\n");
            foreach (var table in store.Tables)
            {
                body.Append("<tr><td>").Append(HtmlPage.Encode(table.Table)).Append("</td><td><code>").Append(HtmlPage.Encode(table.Entity)).Append("</code></td><td>")
                    .Append(table.Columns.IsEmpty ? $"<span class=\"empty\">{text.None}</span>" : HtmlPage.Encode(string.Join(", ", table.Columns.Select(column => $"{column.Name} ({column.Kind})"))))
                    .Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n");
        }

        body.Append("</section>\n");
    }

    private static void AppendRetention(StringBuilder body, ProcessingRecord record, ReportText text)
    {
        body.Append("<section id=\"retention\">\n<h2>").Append(text.Retention).Append("</h2>\n<table>\n<thead>");
        HtmlReportWriter.HeaderRow(body, text.Kind, text.Retention, text.HeldIn);
        body.Append("</thead>\n<tbody>\n");
        foreach (var kind in record.Retention)
        {
            body.Append(kind.IsConflict ? "<tr class=\"conflict\">" : "<tr>").Append("<td>").Append(HtmlPage.Encode(kind.Kind)).Append("</td><td>")
                .Append(kind.Periods.IsEmpty ? $"<span class=\"empty\">{text.NotStated}</span>" : HtmlPage.Encode(string.Join(" / ", kind.Periods)))
                .Append(kind.IsConflict ? $" <b class=\"conflict-flag\">{text.Conflict}</b>" : "").Append("</td><td>")
                .Append(string.Join("<br>", kind.Holders.Select(holder => $"<code>{HtmlPage.Encode(holder)}</code>"))).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendGuards(StringBuilder body, ProcessingRecord record, ReportText text)
    {
        body.Append("<section id=\"guards\">\n<h2>").Append(text.Guards).Append("</h2>\n<table>\n<thead>");
        HtmlReportWriter.HeaderRow(body, text.Topic, text.Rules);
        body.Append("</thead>\n<tbody>\n");
        foreach (var guard in record.Guards)
        {
            body.Append("<tr><td>").Append(HtmlPage.Encode(guard.Topic)).Append("</td><td>")
                .Append(string.Join(", ", guard.Rules.Select(rule => rule.Title is null
                    ? $"<span class=\"empty\">{rule.Id} ({text.NotInThisBuild})</span>"
                    : $"<span title=\"{HtmlPage.Encode(rule.Title)}\">{rule.Id}</span>")))
                .Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendFields(StringBuilder body, string id, string title, IEnumerable<RecordField> fields)
    {
        body.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(HtmlPage.Encode(title)).Append("</h2>\n<table>\n<tbody>\n");
        foreach (var field in fields)
        {
            body.Append("<tr><th>").Append(HtmlPage.Encode(field.Title)).Append("</th><td>")
                .Append(string.Join("<br>", field.Values.Select(HtmlPage.Encode))).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</section>\n");
    }
}
