using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>
/// Reads the tables of an EF Core context marked <c>[PiiStore("id")]</c>: one table per <c>DbSet&lt;T&gt;</c> property,
/// with the entity's personal members as its personal columns. EF Core is recognised by metadata name, so the CLI
/// needs no reference to it.
/// </summary>
internal static class DbContextStoreCollector
{
    private const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";
    private const string DbSet = "Microsoft.EntityFrameworkCore.DbSet`1";
    private const string TableAttribute = "System.ComponentModel.DataAnnotations.Schema.TableAttribute";

    /// <summary>The tables of <paramref name="type"/> when it is a <c>[PiiStore]</c> context; empty otherwise.</summary>
    public static IEnumerable<StoreTable> Tables(INamedTypeSymbol type, Func<ISymbol, string> where)
    {
        if (SymbolNames.FindAttribute(type, WellKnownNames.PiiStoreAttribute) is not { ConstructorArguments: [{ Value: string storeId }, ..] }
            || !SymbolNames.IsOrDerivesFrom(type.BaseType, DbContext))
        {
            return [];
        }

        return AllProperties(type)
            .Where(property => !property.IsStatic && property.Type is INamedTypeSymbol { TypeArguments: [_] } set && SymbolNames.Is(set.OriginalDefinition, DbSet))
            .Select(property =>
            {
                var entity = ((INamedTypeSymbol)property.Type).TypeArguments[0];
                ImmutableArray<StoreColumn> columns =
                [
                    .. PiiModel.GetPiiMembers(entity)
                        .Select(member => new StoreColumn(member.Member.Name, member.Pii.DisplayKind))
                        .OrderBy(column => column.Name, StringComparer.Ordinal),
                ];
                return new StoreTable(storeId, TableName(entity) ?? property.Name, entity.ToDisplayString(), where(property), columns);
            });
    }

    /// <summary>The context's own and inherited <c>DbSet</c> properties, the most derived first, each name once.</summary>
    private static IEnumerable<IPropertySymbol> AllProperties(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && !SymbolNames.Is(current, DbContext); current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    private static string? TableName(ITypeSymbol entity) =>
        SymbolNames.FindAttribute(entity, TableAttribute) is { ConstructorArguments: [{ Value: string { Length: > 0 } name }, ..] } ? name : null;
}
