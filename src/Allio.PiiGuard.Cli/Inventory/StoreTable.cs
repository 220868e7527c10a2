using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>A table a <c>[PiiStore]</c> database context maps (one <c>DbSet&lt;T&gt;</c>) and the personal columns it holds.</summary>
/// <param name="StoreId">The policy id named by the context's <c>[PiiStore]</c>.</param>
/// <param name="Table">The table name: the entity's <c>[Table]</c> name, else the <c>DbSet</c> property name (EF Core's convention).</param>
/// <param name="Entity">The entity type.</param>
/// <param name="Location">Repository-relative <c>path:line</c> of the <c>DbSet</c> property.</param>
/// <param name="Columns">The entity's personal members, as the analyzers' model reads their marks; sorted by name.</param>
public sealed record StoreTable(string StoreId, string Table, string Entity, string Location, ImmutableArray<StoreColumn> Columns);

/// <summary>One personal column of a store's table and the kind of personal data it holds.</summary>
public sealed record StoreColumn(string Name, string Kind);
