using System.Text;
using Allio.PiiGuard.Cli.Inventory;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>The record of processing as HTML sections; foreign destinations are highlighted.</summary>
public static class InventoryHtml
{
    /// <summary>The sections <see cref="Append"/> writes, by id and heading, for the table of contents.</summary>
    public static IEnumerable<(string Id, string Title)> Sections(string? language) =>
    [
        ("inventory", language == "ru" ? "Реестр обработки" : "Record of processing"),
        ("data-flow-map", language == "ru" ? "Карта потоков данных" : "Data-flow map"),
        ("data-flows", language == "ru" ? "Потоки данных" : "Data flows"),
        ("retention", language == "ru" ? "Сроки хранения" : "Retention"),
        ("guards", language == "ru" ? "Правила, защищающие реестр" : "Rules that guard the record"),
        ("notification-152fz", NotificationTitle(language)),
        ("gdpr-art30", "Record of processing activities, GDPR Art. 30(1)"),
    ];

    /// <summary>The notification's heading: Russian unless English was asked for.</summary>
    private static string NotificationTitle(string? language) => language == "en"
        ? "Notification draft, 152-FZ art. 22 part 3"
        : "Уведомление об обработке персональных данных (проект, ч. 3 ст. 22 152-ФЗ)";

    /// <summary>
    /// Appends the sections (ids <c>inventory</c>, <c>data-flow-map</c>, <c>data-flows</c>, <c>retention</c>, <c>guards</c>,
    /// <c>notification-152fz</c>, <c>gdpr-art30</c>); the notification is in Russian unless <paramref name="language"/> is <c>en</c>.
    /// </summary>
    public static void Append(StringBuilder body, ProcessingRecord record, string? language)
    {
        body.Append("<section id=\"inventory\">\n<h2>Record of processing</h2>\n<p class=\"meta\">Policy: ")
            .Append(record.Policy.Path is { } path ? $"<code>{HtmlPage.Encode(path)}</code>" : "none found").Append("</p>\n");
        foreach (var problem in record.Policy.Problems)
        {
            body.Append("<p class=\"empty\">").Append(HtmlPage.Encode(problem)).Append("</p>\n");
        }

        foreach (var subject in record.Subjects)
        {
            AppendSubject(body, subject);
        }

        body.Append("</section>\n");
        body.Append("<section id=\"data-flow-map\">\n<h2>").Append(HtmlPage.Encode(Sections(language).ElementAt(1).Title)).Append("</h2>\n")
            .Append("<p class=\"meta\">Subjects → data kinds → purposes → recipients and stores; foreign destinations in red.</p>\n")
            .Append(DataFlowMap.Svg(record, language)).Append("</section>\n");
        AppendFlows(body, record);
        AppendStores(body, record);
        AppendRetention(body, record);
        AppendGuards(body, record);
        var russian = language != "en";
        body.Append(russian ? "<div lang=\"ru\">\n" : "<div>\n");
        AppendFields(body, "notification-152fz", NotificationTitle(language), russian ? record.Notification152FzRussian : record.Notification152Fz);
        body.Append("</div>\n");
        AppendFields(body, "gdpr-art30", "Record of processing activities, GDPR Art. 30(1)", record.GdprArticle30);
    }

    private static void AppendSubject(StringBuilder body, SubjectRecord subject)
    {
        body.Append("<article class=\"subject\" data-subject=\"").Append(HtmlPage.Encode(subject.Id)).Append("\">\n<h3>")
            .Append(HtmlPage.Encode(subject.Title)).Append(" <code>").Append(HtmlPage.Encode(subject.Id)).Append("</code>")
            .Append(subject.IsDeclared ? "" : " <span class=\"level warning\">not in policy</span>").Append("</h3>\n");
        body.Append("<table>\n<thead><tr><th>Kind</th><th>Category</th><th>Held in</th></tr></thead>\n<tbody>\n");
        foreach (var kind in subject.Kinds)
        {
            body.Append("<tr><td>").Append(HtmlPage.Encode(kind.Kind)).Append("</td><td>").Append(HtmlPage.Encode(kind.Category))
                .Append("</td><td>").Append(string.Join("<br>", kind.Holders.Select(holder => $"<code>{HtmlPage.Encode(holder)}</code>"))).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n<ul>\n");
        Item(body, "Purposes", subject.Purposes.Select(purpose => $"{HtmlPage.Encode(purpose.Title)} <code>{HtmlPage.Encode(purpose.Id)}</code>"));
        Item(body, "Retention", subject.Retention.Select(HtmlPage.Encode));
        Item(body, "Recipients", subject.Recipients.Select(Describe));
        Item(body, "Stores", subject.Stores.Select(Describe));
        body.Append("</ul>\n</article>\n");
    }

    private static string Describe(Destination destination) =>
        $"<span{(destination.IsForeign ? " class=\"foreign\"" : "")}>{HtmlPage.Encode(destination.Title)} <code>{HtmlPage.Encode(destination.Id)}</code> " +
        $"({HtmlPage.Encode(destination.Country)}{(destination.IsForeign ? ", foreign" : "")})</span>: {HtmlPage.Encode(string.Join(", ", destination.Kinds))}";

    private static void Item(StringBuilder body, string label, IEnumerable<string> htmlValues)
    {
        var values = htmlValues.ToArray();
        body.Append("<li><b>").Append(label).Append(":</b> ").Append(values.Length == 0 ? "none" : string.Join("; ", values)).Append("</li>\n");
    }

    private static void AppendFlows(StringBuilder body, ProcessingRecord record)
    {
        body.Append("<section id=\"data-flows\">\n<h2>Data flows</h2>\n");
        if (record.Flows.IsEmpty)
        {
            body.Append("<p class=\"empty\">No personal data reaches a recipient or a store.</p>\n");
        }
        else
        {
            body.Append("<table>\n<thead><tr><th>Kind</th><th>To</th><th>Country</th><th>Declared</th><th>Code</th></tr></thead>\n<tbody>\n");
            foreach (var flow in record.Flows)
            {
                body.Append(flow.IsForeign ? "<tr class=\"foreign\">" : "<tr>")
                    .Append("<td>").Append(HtmlPage.Encode(flow.Kind)).Append("</td><td>").Append(flow.Target).Append(" <code>").Append(HtmlPage.Encode(flow.TargetId))
                    .Append("</code></td><td>").Append(HtmlPage.Encode(flow.Country)).Append(flow.IsForeign ? " (foreign)" : "")
                    .Append("</td><td>").Append(flow.IsDeclared ? "yes" : "<b>no</b>").Append("</td><td>")
                    .Append(string.Join("<br>", flow.Locations.Select(location => $"<code>{HtmlPage.Encode(location)}</code>"))).Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n");
        }

        body.Append("</section>\n");
    }

    private static void AppendStores(StringBuilder body, ProcessingRecord record)
    {
        if (record.Stores.IsEmpty)
        {
            return;
        }

        body.Append("<section id=\"stores\">\n<h2>Stores</h2>\n");
        foreach (var store in record.Stores)
        {
            body.Append("<h3").Append(store.IsForeign ? " class=\"foreign\"" : "").Append('>').Append(HtmlPage.Encode(store.Title))
                .Append(" <code>").Append(HtmlPage.Encode(store.Id)).Append("</code> (").Append(HtmlPage.Encode(store.Country))
                .Append(store.IsForeign ? ", foreign" : "").Append(")</h3>\n<table>\n<thead><tr><th>Table</th><th>Entity</th><th>Personal columns</th></tr></thead>\n<tbody>\n");
            foreach (var table in store.Tables)
            {
                body.Append("<tr><td>").Append(HtmlPage.Encode(table.Table)).Append("</td><td><code>").Append(HtmlPage.Encode(table.Entity)).Append("</code></td><td>")
                    .Append(table.Columns.IsEmpty ? "<span class=\"empty\">none</span>" : HtmlPage.Encode(string.Join(", ", table.Columns.Select(column => $"{column.Name} ({column.Kind})"))))
                    .Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n");
        }

        body.Append("</section>\n");
    }

    private static void AppendRetention(StringBuilder body, ProcessingRecord record)
    {
        body.Append("<section id=\"retention\">\n<h2>Retention</h2>\n<table>\n<thead><tr><th>Kind</th><th>Retention</th><th>Held in</th></tr></thead>\n<tbody>\n");
        foreach (var kind in record.Retention)
        {
            body.Append(kind.IsConflict ? "<tr class=\"conflict\">" : "<tr>").Append("<td>").Append(HtmlPage.Encode(kind.Kind)).Append("</td><td>")
                .Append(kind.Periods.IsEmpty ? "<span class=\"empty\">not stated</span>" : HtmlPage.Encode(string.Join(" / ", kind.Periods)))
                .Append(kind.IsConflict ? " <b class=\"conflict-flag\">conflict</b>" : "").Append("</td><td>")
                .Append(string.Join("<br>", kind.Holders.Select(holder => $"<code>{HtmlPage.Encode(holder)}</code>"))).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendGuards(StringBuilder body, ProcessingRecord record)
    {
        body.Append("<section id=\"guards\">\n<h2>Rules that guard the record</h2>\n<table>\n<thead><tr><th>Topic</th><th>Rules</th></tr></thead>\n<tbody>\n");
        foreach (var guard in record.Guards)
        {
            body.Append("<tr><td>").Append(HtmlPage.Encode(guard.Topic)).Append("</td><td>")
                .Append(string.Join(", ", guard.Rules.Select(rule => rule.Title is null
                    ? $"<span class=\"empty\">{rule.Id} (not in this build)</span>"
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
