using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>What the code itself says about personal data: who holds it and where the code sends or stores it.</summary>
public sealed record CodeInventory(
    ImmutableArray<DataHolder> Holders,
    ImmutableArray<CodeUsage> Recipients,
    ImmutableArray<CodeUsage> Stores,
    ImmutableArray<CodeUsage> Purposes)
{
    /// <summary>Tables of <c>[PiiStore]</c> database contexts with their personal columns, by store id then table.</summary>
    public ImmutableArray<StoreTable> Tables { get; init; } = [];

    /// <summary>Nothing found.</summary>
    public static readonly CodeInventory Empty = new([], [], [], []);

    /// <summary>Both inventories together, duplicates (a project built for two frameworks) removed, sorted.</summary>
    public CodeInventory Merge(CodeInventory other) => new(
        [.. Holders.Concat(other.Holders).DistinctBy(Key).OrderBy(Key, StringComparer.Ordinal)],
        Combine(Recipients, other.Recipients),
        Combine(Stores, other.Stores),
        Combine(Purposes, other.Purposes))
    {
        Tables =
        [
            .. Tables.Concat(other.Tables)
                .DistinctBy(table => (table.StoreId, table.Table, table.Entity))
                .OrderBy(table => table.StoreId, StringComparer.Ordinal)
                .ThenBy(table => table.Table, StringComparer.Ordinal),
        ],
    };

    private static string Key(DataHolder holder) => holder.Holder + "\n" + holder.Location;

    private static ImmutableArray<CodeUsage> Combine(ImmutableArray<CodeUsage> left, ImmutableArray<CodeUsage> right) =>
    [
        .. left.Concat(right)
            .DistinctBy(usage => (usage.Id, usage.Symbol, usage.Location))
            .OrderBy(usage => usage.Id, StringComparer.Ordinal)
            .ThenBy(usage => usage.Location, StringComparer.Ordinal)
            .ThenBy(usage => usage.Symbol, StringComparer.Ordinal),
    ];
}
