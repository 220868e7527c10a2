using System.Text;
using Allio.PiiGuard.Cli.Inventory;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>The record of processing as Markdown sections: per subject, data flows, 152-FZ notification, GDPR Art. 30.</summary>
public static class InventoryMarkdown
{
    /// <summary>Appends the sections to <paramref name="text"/>.</summary>
    public static void Append(StringBuilder text, ProcessingRecord record, string? language)
    {
        var words = ReportText.For(language);
        text.Append($"## {words.RecordOfProcessing}\n\n");
        text.Append($"{words.Policy}: ").Append(record.Policy.Path is { } path ? $"`{path}`" : words.NoPolicy).Append("\n\n");
        foreach (var problem in record.Policy.Problems)
        {
            text.Append($"> {MarkdownText.Inline(problem)}\n\n");
        }

        foreach (var subject in record.Subjects)
        {
            AppendSubject(text, subject, words);
        }

        text.Append($"## {words.DataFlows}\n\n{words.ForeignMarked}\n\n");
        MarkdownReportWriter.HeaderRow(text, "---", words.Kind, words.To, words.Country, words.Declared, words.Code);
        foreach (var flow in record.Flows)
        {
            var country = flow.IsForeign ? $"**{flow.Country} ({words.Foreign})**" : flow.Country;
            text.Append($"| {Cell(flow.Kind)} | {flow.Target} `{flow.TargetId}` | {country} | {(flow.IsDeclared ? words.Yes : $"**{words.No}**")} | {Cell(string.Join(", ", flow.Locations))} |\n");
        }

        AppendStores(text, record.Stores, words);
        text.Append($"\n## {words.Guards}\n\n");
        MarkdownReportWriter.HeaderRow(text, "---", words.Topic, words.Rules);
        foreach (var guard in record.Guards)
        {
            text.Append($"| {Cell(guard.Topic)} | {string.Join(", ", guard.Rules.Select(rule => rule.Title is null ? $"{rule.Id} ({words.NotInThisBuild})" : rule.Id))} |\n");
        }

        text.Append($"\n## {words.Retention}\n\n");
        MarkdownReportWriter.HeaderRow(text, "---", words.Kind, words.Retention, words.HeldIn);
        foreach (var kind in record.Retention)
        {
            var periods = kind.Periods.IsEmpty ? words.NotStated : string.Join(" / ", kind.Periods);
            text.Append($"| {Cell(kind.Kind)} | {Cell(periods)}{(kind.IsConflict ? $" **{words.Conflict.ToUpperInvariant()}**" : "")} | {Cell(string.Join(", ", kind.Holders))} |\n");
        }

        text.Append('\n');
        AppendFields(text, words, words.NotificationTitle, words.RussianNotification ? record.Notification152FzRussian : record.Notification152Fz);
        AppendFields(text, ReportText.For("en"), ReportText.GdprTitle, record.GdprArticle30);
    }

    private static void AppendStores(StringBuilder text, IEnumerable<StoreRecord> stores, ReportText words)
    {
        foreach (var store in stores)
        {
            var country = store.IsForeign ? $"**{store.Country}, {words.Foreign}**" : store.Country;
            text.Append($"\n## {words.Stores}: {MarkdownText.Inline(store.Title)} (`{store.Id}`, {country})\n\n");
            MarkdownReportWriter.HeaderRow(text, "---", words.Table, words.Entity, words.PersonalColumns);
            foreach (var table in store.Tables)
            {
                var columns = table.Columns.IsEmpty ? words.None : string.Join(", ", table.Columns.Select(column => $"{column.Name} ({column.Kind})"));
                text.Append($"| {Cell(table.Table)} | `{table.Entity}` | {Cell(columns)} |\n");
            }
        }
    }

    private static void AppendSubject(StringBuilder text, SubjectRecord subject, ReportText words)
    {
        text.Append($"### {words.Subject}: {MarkdownText.Inline(subject.Title)} (`{subject.Id}`){(subject.IsDeclared ? "" : $" — {words.NotInPolicy}")}\n\n");
        MarkdownReportWriter.HeaderRow(text, "---", words.Kind, words.Category, words.HeldIn);
        foreach (var kind in subject.Kinds)
        {
            text.Append($"| {Cell(kind.Kind)} | {Cell(kind.Category)} | {Cell(string.Join(", ", kind.Holders))} |\n");
        }

        text.Append('\n');
        Line(text, words, words.Purposes, subject.Purposes.Select(purpose => $"{purpose.Title} (`{purpose.Id}`)"));
        Line(text, words, words.Retention, subject.Retention);
        Line(text, words, words.Recipients, subject.Recipients.Select(destination => Describe(destination, words)));
        Line(text, words, words.Stores, subject.Stores.Select(destination => Describe(destination, words)));
        text.Append('\n');
    }

    private static string Describe(Destination destination, ReportText words) =>
        $"{MarkdownText.Inline(destination.Title)} (`{destination.Id}`, {(destination.IsForeign ? $"**{destination.Country}, {words.Foreign}**" : destination.Country)}): {string.Join(", ", destination.Kinds)}";

    private static void Line(StringBuilder text, ReportText words, string label, IEnumerable<string> values)
    {
        var list = values.ToArray();
        text.Append($"- {label}: {(list.Length == 0 ? words.None : string.Join("; ", list))}\n");
    }

    private static void AppendFields(StringBuilder text, ReportText words, string title, IEnumerable<RecordField> fields)
    {
        text.Append($"## {title}\n\n");
        MarkdownReportWriter.HeaderRow(text, "---", words.Field, words.Content);
        foreach (var field in fields)
        {
            text.Append($"| {Cell(field.Title)} | {string.Join("<br>", field.Values.Select(MarkdownText.Inline))} |\n");
        }

        text.Append('\n');
    }

    private static string Cell(string value) => MarkdownText.Inline(value);
}
