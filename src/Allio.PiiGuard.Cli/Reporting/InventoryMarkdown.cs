using System.Text;
using Allio.PiiGuard.Cli.Inventory;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>The record of processing as Markdown sections: per subject, data flows, 152-FZ notification, GDPR Art. 30.</summary>
public static class InventoryMarkdown
{
    /// <summary>Appends the sections to <paramref name="text"/>.</summary>
    public static void Append(StringBuilder text, ProcessingRecord record, string? language)
    {
        text.Append("## Record of processing\n\n");
        text.Append(record.Policy.Path is { } path ? $"Policy: `{path}`" : "Policy: none found").Append("\n\n");
        foreach (var problem in record.Policy.Problems)
        {
            text.Append($"> {MarkdownText.Inline(problem)}\n\n");
        }

        foreach (var subject in record.Subjects)
        {
            AppendSubject(text, subject);
        }

        text.Append("## Data flows\n\nForeign destinations are marked **foreign**.\n\n| Kind | To | Country | Declared | Code |\n| --- | --- | --- | --- | --- |\n");
        foreach (var flow in record.Flows)
        {
            var country = flow.IsForeign ? $"**{flow.Country} (foreign)**" : flow.Country;
            text.Append($"| {Cell(flow.Kind)} | {flow.Target} `{flow.TargetId}` | {country} | {(flow.IsDeclared ? "yes" : "**no**")} | {Cell(string.Join(", ", flow.Locations))} |\n");
        }

        AppendStores(text, record.Stores);
        text.Append("\n## Rules that guard the record\n\n| Topic | Rules |\n| --- | --- |\n");
        foreach (var guard in record.Guards)
        {
            text.Append($"| {Cell(guard.Topic)} | {string.Join(", ", guard.Rules.Select(rule => rule.Title is null ? $"{rule.Id} (not in this build)" : rule.Id))} |\n");
        }

        text.Append("\n## Retention\n\n| Kind | Retention | Held in |\n| --- | --- | --- |\n");
        foreach (var kind in record.Retention)
        {
            var periods = kind.Periods.IsEmpty ? "not stated" : string.Join(" / ", kind.Periods);
            text.Append($"| {Cell(kind.Kind)} | {Cell(periods)}{(kind.IsConflict ? " **CONFLICT**" : "")} | {Cell(string.Join(", ", kind.Holders))} |\n");
        }

        text.Append('\n');
        if (language == "en")
        {
            AppendFields(text, "Notification draft, 152-FZ art. 22 part 3", record.Notification152Fz);
        }
        else
        {
            AppendFields(text, "Уведомление об обработке персональных данных (проект, ч. 3 ст. 22 152-ФЗ)", record.Notification152FzRussian);
        }

        AppendFields(text, "Record of processing activities, GDPR Art. 30(1)", record.GdprArticle30);
    }

    private static void AppendStores(StringBuilder text, IEnumerable<StoreRecord> stores)
    {
        foreach (var store in stores)
        {
            var country = store.IsForeign ? $"**{store.Country}, foreign**" : store.Country;
            text.Append($"\n## Store: {MarkdownText.Inline(store.Title)} (`{store.Id}`, {country})\n\n| Table | Entity | Personal columns |\n| --- | --- | --- |\n");
            foreach (var table in store.Tables)
            {
                var columns = table.Columns.IsEmpty ? "none" : string.Join(", ", table.Columns.Select(column => $"{column.Name} ({column.Kind})"));
                text.Append($"| {Cell(table.Table)} | `{table.Entity}` | {Cell(columns)} |\n");
            }
        }
    }

    private static void AppendSubject(StringBuilder text, SubjectRecord subject)
    {
        text.Append($"### Subject: {MarkdownText.Inline(subject.Title)} (`{subject.Id}`){(subject.IsDeclared ? "" : " — not declared in the policy")}\n\n");
        text.Append("| Kind | Category | Held in |\n| --- | --- | --- |\n");
        foreach (var kind in subject.Kinds)
        {
            text.Append($"| {Cell(kind.Kind)} | {Cell(kind.Category)} | {Cell(string.Join(", ", kind.Holders))} |\n");
        }

        text.Append('\n');
        Line(text, "Purposes", subject.Purposes.Select(purpose => $"{purpose.Title} (`{purpose.Id}`)"));
        Line(text, "Retention", subject.Retention);
        Line(text, "Recipients", subject.Recipients.Select(Describe));
        Line(text, "Stores", subject.Stores.Select(Describe));
        text.Append('\n');
    }

    private static string Describe(Destination destination) =>
        $"{MarkdownText.Inline(destination.Title)} (`{destination.Id}`, {(destination.IsForeign ? $"**{destination.Country}, foreign**" : destination.Country)}): {string.Join(", ", destination.Kinds)}";

    private static void Line(StringBuilder text, string label, IEnumerable<string> values)
    {
        var list = values.ToArray();
        text.Append($"- {label}: {(list.Length == 0 ? "none" : string.Join("; ", list))}\n");
    }

    private static void AppendFields(StringBuilder text, string title, IEnumerable<RecordField> fields)
    {
        text.Append($"## {title}\n\n| Field | Content |\n| --- | --- |\n");
        foreach (var field in fields)
        {
            text.Append($"| {Cell(field.Title)} | {string.Join("<br>", field.Values.Select(MarkdownText.Inline))} |\n");
        }

        text.Append('\n');
    }

    private static string Cell(string value) => MarkdownText.Inline(value);
}
