using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Cli.Reporting;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>
/// Reads the personal-data marks of every type declared in a compilation with the analyzers' own
/// <see cref="PiiModel"/>, so the inventory and the rules agree on what is personal data.
/// </summary>
public sealed class CodeInventoryCollector(RepositoryPaths paths)
{
    /// <summary>Holders, recipients, stores and purposes declared in the compilation's own source.</summary>
    public CodeInventory Collect(Compilation compilation)
    {
        var holders = ImmutableArray.CreateBuilder<DataHolder>();
        var recipients = ImmutableArray.CreateBuilder<CodeUsage>();
        var stores = ImmutableArray.CreateBuilder<CodeUsage>();
        var purposes = ImmutableArray.CreateBuilder<CodeUsage>();
        var tables = ImmutableArray.CreateBuilder<StoreTable>();

        foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
        {
            foreach (var (member, pii) in PiiModel.GetPiiMembers(type))
            {
                if (SymbolEqualityComparer.Default.Equals(member.ContainingType, type))
                {
                    holders.Add(new DataHolder(
                        pii.DisplayKind, pii.Category.ToString(), $"{type.ToDisplayString()}.{member.Name}",
                        pii.Purposes, pii.Subjects, pii.Retention, Where(member)));
                }
            }

            AddUsage(stores, type, WellKnownNames.PiiStoreAttribute, KindsOfMembers(type));
            tables.AddRange(DbContextStoreCollector.Tables(type, Where));
            AddUsage(recipients, type, WellKnownNames.PiiRecipientAttribute, KindsOfMembers(type));
            AddUsage(purposes, type, WellKnownNames.ProcessingPurposeAttribute, []);
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>().Where(method => !method.IsImplicitlyDeclared))
            {
                AddUsage(recipients, method, WellKnownNames.PiiRecipientAttribute, KindsOfParameters(method));
                AddUsage(purposes, method, WellKnownNames.ProcessingPurposeAttribute, KindsOfParameters(method));
                foreach (var parameter in method.Parameters)
                {
                    AddUsage(recipients, parameter, WellKnownNames.PiiRecipientAttribute, KindsOf(parameter));
                }
            }
        }

        return CodeInventory.Empty.Merge(new CodeInventory(holders.ToImmutable(), recipients.ToImmutable(), stores.ToImmutable(), purposes.ToImmutable())
        {
            Tables = tables.ToImmutable(),
        });
    }

    private void AddUsage(ImmutableArray<CodeUsage>.Builder usages, ISymbol symbol, string attributeName, IEnumerable<string> kinds)
    {
        if (SymbolNames.FindAttribute(symbol, attributeName) is { ConstructorArguments: [{ Value: string id }, ..] })
        {
            usages.Add(new CodeUsage(id, Display(symbol), Where(symbol), [.. kinds.Distinct().Order(StringComparer.Ordinal)]));
        }
    }

    private static string Display(ISymbol symbol) => symbol is IParameterSymbol parameter
        ? $"{parameter.ContainingSymbol.ToDisplayString()} ({parameter.Name})"
        : symbol.ToDisplayString();

    private string Where(ISymbol symbol)
    {
        var location = symbol.Locations.FirstOrDefault(location => location.IsInSource);
        if (location is null)
        {
            return "";
        }

        var span = location.GetLineSpan();
        return $"{paths.ToRelative(span.Path)}:{span.StartLinePosition.Line + 1}";
    }

    /// <summary>Kinds a type hands on through its properties (a DbContext's <c>DbSet&lt;Customer&gt;</c>) and its methods' parameters.</summary>
    private static IEnumerable<string> KindsOfMembers(INamedTypeSymbol type) =>
        type.GetMembers().SelectMany(member => member switch
        {
            IPropertySymbol property => KindsOfType(property.Type),
            IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public } method => KindsOfParameters(method),
            _ => [],
        });

    private static IEnumerable<string> KindsOfParameters(IMethodSymbol method) => method.Parameters.SelectMany(KindsOf);

    private static IEnumerable<string> KindsOf(IParameterSymbol parameter) =>
        PiiModel.GetPii(parameter) is { } own ? [own.DisplayKind, .. KindsOfType(parameter.Type)] : KindsOfType(parameter.Type);

    /// <summary>The kinds a type holds, looking one level into arrays and generic arguments (<c>List&lt;Customer&gt;</c>).</summary>
    private static IEnumerable<string> KindsOfType(ITypeSymbol type)
    {
        IEnumerable<ITypeSymbol> candidates = type switch
        {
            IArrayTypeSymbol array => [array.ElementType],
            INamedTypeSymbol { IsGenericType: true } generic => [generic, .. generic.TypeArguments],
            _ => [type],
        };
        return candidates.SelectMany(candidate => PiiModel.GetPiiMembers(candidate).Select(member => member.Pii.DisplayKind));
    }

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol root)
    {
        foreach (var member in root.GetMembers())
        {
            var nested = member switch
            {
                INamespaceSymbol ns => SourceTypes(ns),
                INamedTypeSymbol type when type.Locations.Any(location => location.IsInSource) => WithNested(type),
                _ => [],
            };
            foreach (var type in nested)
            {
                yield return type;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type) =>
        [type, .. type.GetTypeMembers().SelectMany(WithNested)];
}
