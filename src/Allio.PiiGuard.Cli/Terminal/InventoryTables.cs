using Allio.PiiGuard.Cli.Inventory;
using Spectre.Console;

namespace Allio.PiiGuard.Cli.Terminal;

/// <summary>Prints the record of processing: one table per data subject, then one per store with its tables and personal columns.</summary>
public static class InventoryTables
{
    /// <summary>Writes the tables and the policy status.</summary>
    public static void Write(IAnsiConsole console, ProcessingRecord record)
    {
        console.MarkupLine(record.Policy.Path is { } path ? $"Policy: [bold]{Markup.Escape(path)}[/]" : "Policy: [yellow]none found[/]");
        foreach (var problem in record.Policy.Problems)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(problem)}[/]");
        }

        foreach (var subject in record.Subjects)
        {
            console.Write(new Rule($"[bold]{Markup.Escape(subject.Title)}[/] ({Markup.Escape(subject.Id)})").LeftJustified());
            var table = new Table().Border(TableBorder.Simple).AddColumn("Kind").AddColumn("Held in").AddColumn("Goes to");
            foreach (var kind in subject.Kinds)
            {
                var destinations = subject.Recipients.Concat(subject.Stores)
                    .Where(destination => destination.Kinds.Contains(kind.Kind))
                    .Select(destination => destination.IsForeign
                        ? $"[red]{Markup.Escape($"{destination.Id} ({destination.Country})")}[/]"
                        : Markup.Escape($"{destination.Id} ({destination.Country})"));
                table.AddRow(new Text(kind.Kind), new Text(string.Join("\n", kind.Holders)), new Markup(string.Join("\n", destinations)));
            }

            console.Write(table);
            console.WriteLine("Purposes: " + (subject.Purposes.IsEmpty ? "none declared" : string.Join("; ", subject.Purposes.Select(purpose => purpose.Title))));
        }

        foreach (var store in record.Stores)
        {
            var country = Markup.Escape($"{store.Id}, {store.Country}");
            console.Write(new Rule($"Store [bold]{Markup.Escape(store.Title)}[/] ({(store.IsForeign ? $"[red]{country}[/]" : country)})").LeftJustified());
            var table = new Table().Border(TableBorder.Simple).AddColumn("Table").AddColumn("Entity").AddColumn("Personal columns");
            foreach (var storeTable in store.Tables)
            {
                table.AddRow(new Text(storeTable.Table), new Text(storeTable.Entity), new Text(string.Join(", ", storeTable.Columns.Select(column => $"{column.Name} ({column.Kind})"))));
            }

            console.Write(table);
        }

        var foreign = record.Flows.Count(flow => flow.IsForeign);
        console.MarkupLine(Markup.Escape(
            $"{record.Subjects.Length} subject(s), {record.Holders.Length} personal-data member(s), {record.Flows.Length} flow(s), {foreign} to a foreign country."));
    }
}
