using System.Text.Json.Nodes;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Cli.Inventory;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Cli.Init;

/// <summary>
/// A first <c>piiguard.json</c> drawn from the code: the ids its marks use, the vendors it calls, the stores it
/// declares. Everything a person must decide is a <c>TODO</c> title; the values the format requires get the
/// strictest safe choice (the jurisdiction's own country for stores and in-house recipients, consent as legal basis,
/// no kinds or purposes allowed to recipients yet), so the build reports what is still undecided.
/// </summary>
internal static class PolicyDraft
{
    /// <summary>The id that stands for a purpose or subject nobody named yet.</summary>
    public const string Placeholder = "todo";

    /// <summary>The draft's JSON text.</summary>
    public static string Write(string jurisdiction, string crossBorder, CodeInventory inventory, IEnumerable<KnownRecipient> vendors)
    {
        var purposes = Ids(inventory.Holders.SelectMany(holder => holder.Purposes).Concat(inventory.Purposes.Select(usage => usage.Id)));
        var subjects = Ids(inventory.Holders.SelectMany(holder => holder.Subjects));
        var vendorsById = vendors.ToDictionary(vendor => vendor.Id, StringComparer.Ordinal);
        var recipients = new JsonArray();
        foreach (var id in Ids(inventory.Recipients.Select(usage => usage.Id).Concat(vendorsById.Keys)))
        {
            recipients.Add(vendorsById.TryGetValue(id, out var vendor)
                ? Recipient(id, $"{vendor.Vendor} (TODO: legal basis, kinds and purposes)", vendor.Country, vendor.Hosts)
                : Recipient(id, $"TODO: who '{id}' is, its country, legal basis, kinds and purposes", jurisdiction, []));
        }

        var draft = new JsonObject
        {
            ["controller"] = "TODO: the controller's legal name",
            ["jurisdiction"] = jurisdiction,
            ["crossBorderTransfers"] = crossBorder,
            ["purposes"] = Entries(purposes, id => $"TODO: describe the purpose '{id}'"),
            ["subjects"] = Entries(subjects, id => $"TODO: describe the data subjects '{id}'"),
            ["recipients"] = recipients,
            ["stores"] = new JsonArray(
            [
                .. Ids(inventory.Stores.Select(usage => usage.Id)).Select(id => (JsonNode)new JsonObject
                {
                    ["id"] = id,
                    ["title"] = $"TODO: describe the store '{id}' and confirm its country",
                    ["country"] = jurisdiction,
                }),
            ]),
        };
        return JsonText.Write(draft);
    }

    private static JsonArray Entries(IReadOnlyList<string> ids, Func<string, string> title) =>
    [
        .. (ids.Count == 0 ? [Placeholder] : ids).Select(id => (JsonNode)new JsonObject { ["id"] = id, ["title"] = title(id) }),
    ];

    private static JsonObject Recipient(string id, string title, string country, IEnumerable<string> hosts)
    {
        var recipient = new JsonObject
        {
            ["id"] = id,
            ["title"] = title,
            ["country"] = country,
            ["legalBasis"] = "consent",
            ["kinds"] = new JsonArray(),
            ["purposes"] = new JsonArray(),
        };
        if (hosts.Any())
        {
            recipient["hosts"] = JsonText.Strings(hosts);
        }

        return recipient;
    }

    /// <summary>Distinct ids in order; ones the policy format would refuse (empty, with spaces) are left to the person.</summary>
    private static List<string> Ids(IEnumerable<string> ids) =>
        [.. ids.Where(id => id.Length > 0 && !id.Any(char.IsWhiteSpace)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The loader's verdict on a draft: its problems, none for a good draft.</summary>
    public static IReadOnlyList<string> Problems(string text) =>
        [.. PiiPolicyLoader.Load(text).Problems.Select(problem => problem.ToString() ?? "")];
}
