using System.Text.Json.Nodes;
using Allio.PiiGuard.Cli.Inventory;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>The record of processing as the <c>inventory</c> object of the JSON report (schema in docs/cli.md).</summary>
public static class InventoryJson
{
    /// <summary>Builds the object; arrays keep the record's deterministic order.</summary>
    public static JsonObject Build(ProcessingRecord record) => new()
    {
        ["policy"] = new JsonObject
        {
            ["path"] = record.Policy.Path,
            ["loaded"] = record.Policy.IsLoaded,
            ["controller"] = record.Policy.Policy?.Controller,
            ["jurisdiction"] = record.Policy.Policy?.Jurisdiction,
            ["crossBorderTransfers"] = record.Policy.Policy is { } policy ? PolicyWords.Of(policy.CrossBorderTransfers) : null,
            ["problems"] = JsonText.Strings(record.Policy.Problems),
        },
        ["subjects"] = new JsonArray([.. record.Subjects.Select(Subject)]),
        ["flows"] = new JsonArray([.. record.Flows.Select(Flow)]),
        ["holders"] = new JsonArray([.. record.Holders.Select(Holder)]),
        ["stores"] = new JsonArray([.. record.Stores.Select(Store)]),
        ["guards"] = new JsonArray([.. record.Guards.Select(Guard)]),
        ["retention"] = new JsonArray([.. record.Retention.Select(kind => new JsonObject
        {
            ["kind"] = kind.Kind,
            ["periods"] = JsonText.Strings(kind.Periods),
            ["conflict"] = kind.IsConflict,
            ["holders"] = JsonText.Strings(kind.Holders),
        })]),
        ["notification152Fz"] = Fields(record.Notification152Fz),
        ["notification152FzRu"] = Fields(record.Notification152FzRussian),
        ["gdprArticle30"] = Fields(record.GdprArticle30),
    };

    private static JsonObject Subject(SubjectRecord subject) => new()
    {
        ["id"] = subject.Id,
        ["title"] = subject.Title,
        ["declared"] = subject.IsDeclared,
        ["kinds"] = new JsonArray([.. subject.Kinds.Select(kind => new JsonObject
        {
            ["kind"] = kind.Kind,
            ["category"] = kind.Category,
            ["holders"] = JsonText.Strings(kind.Holders),
        })]),
        ["purposes"] = new JsonArray([.. subject.Purposes.Select(purpose => new JsonObject { ["id"] = purpose.Id, ["title"] = purpose.Title })]),
        ["retention"] = JsonText.Strings(subject.Retention),
        ["recipients"] = new JsonArray([.. subject.Recipients.Select(Destination)]),
        ["stores"] = new JsonArray([.. subject.Stores.Select(Destination)]),
    };

    private static JsonObject Destination(Destination destination) => new()
    {
        ["id"] = destination.Id,
        ["title"] = destination.Title,
        ["country"] = destination.Country,
        ["foreign"] = destination.IsForeign,
        ["legalBasis"] = destination.LegalBasis,
        ["kinds"] = JsonText.Strings(destination.Kinds),
    };

    private static JsonObject Store(StoreRecord store) => new()
    {
        ["id"] = store.Id,
        ["title"] = store.Title,
        ["country"] = store.Country,
        ["foreign"] = store.IsForeign,
        ["declared"] = store.IsDeclared,
        ["tables"] = new JsonArray([.. store.Tables.Select(table => new JsonObject
        {
            ["table"] = table.Table,
            ["entity"] = table.Entity,
            ["location"] = table.Location,
            ["columns"] = new JsonArray([.. table.Columns.Select(column => new JsonObject { ["name"] = column.Name, ["kind"] = column.Kind })]),
        })]),
    };

    private static JsonObject Flow(DataFlow flow) => new()
    {
        ["kind"] = flow.Kind,
        ["target"] = flow.Target,
        ["targetId"] = flow.TargetId,
        ["country"] = flow.Country,
        ["foreign"] = flow.IsForeign,
        ["declared"] = flow.IsDeclared,
        ["locations"] = JsonText.Strings(flow.Locations),
    };

    private static JsonObject Holder(DataHolder holder) => new()
    {
        ["holder"] = holder.Holder,
        ["kind"] = holder.Kind,
        ["category"] = holder.Category,
        ["purposes"] = JsonText.Strings(holder.Purposes),
        ["subjects"] = JsonText.Strings(holder.Subjects),
        ["retention"] = holder.Retention,
        ["location"] = holder.Location,
    };

    private static JsonObject Guard(RuleGuard guard) => new()
    {
        ["topic"] = guard.Topic,
        ["rules"] = new JsonArray([.. guard.Rules.Select(rule => new JsonObject { ["id"] = rule.Id, ["title"] = rule.Title, ["inThisBuild"] = rule.Title is not null })]),
    };

    private static JsonArray Fields(IEnumerable<RecordField> fields) =>
        [.. fields.Select(field => (JsonNode?)new JsonObject { ["field"] = field.Title, ["values"] = JsonText.Strings(field.Values) })];
}
