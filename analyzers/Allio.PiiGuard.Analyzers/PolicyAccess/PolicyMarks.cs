using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.PolicyAccess;

/// <summary>
/// What the code's marks say in terms of policy ids: the purposes personal data is declared for, the purpose
/// code runs for, the store a type saves to and the recipient a symbol sends to.
/// </summary>
internal static class PolicyMarks
{
    /// <summary>
    /// The purpose ids <paramref name="member"/> (personal data described by <paramref name="pii"/>) is declared for:
    /// its own mark's purposes, else those of its type's class-level mark. Empty when none are declared.
    /// </summary>
    public static ImmutableArray<string> DeclaredPurposes(ISymbol member, PiiInfo pii) =>
        !pii.Purposes.IsEmpty || member.ContainingType is null
            ? pii.Purposes
            : PiiModel.GetTypeMark(member.ContainingType)?.Purposes ?? ImmutableArray<string>.Empty;

    /// <summary>
    /// The purpose the code around <paramref name="operation"/> runs for: the nearest lambda or local function
    /// marked <c>[ProcessingPurpose]</c>, else the containing method (or one it overrides), else the containing
    /// type (or a base type), else an outer type. Null when no code around it declares one.
    /// </summary>
    /// <param name="containingSymbol">The analysis context's containing symbol (method, property or field).</param>
    public static string? CodePurpose(IOperation operation, ISymbol containingSymbol)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            var function = current switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation local => local.Symbol,
                _ => null,
            };

            if (function is not null && PurposeOf(function) is { } purpose)
            {
                return purpose;
            }
        }

        for (var symbol = containingSymbol; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            var purpose = symbol switch
            {
                IMethodSymbol method => MethodPurpose(method),
                INamedTypeSymbol type => TypePurpose(type),
                _ => null,
            };

            if (purpose is not null)
            {
                return purpose;
            }
        }

        return null;
    }

    /// <summary>The id of the <c>[PiiStore]</c> on the type, a base type or an interface it implements, or null.</summary>
    public static string? StoreOf(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (IdOf(current, WellKnownNames.PiiStoreAttribute) is { } own)
            {
                return own;
            }
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (IdOf(contract, WellKnownNames.PiiStoreAttribute) is { } declared)
            {
                return declared;
            }
        }

        return null;
    }

    /// <summary>The id of the <c>[PiiRecipient]</c> on the symbol itself, or null.</summary>
    public static string? RecipientOf(ISymbol symbol) => IdOf(symbol, WellKnownNames.PiiRecipientAttribute);

    /// <summary>The id of the <c>[ProcessingPurpose]</c> on the symbol itself, or null.</summary>
    public static string? PurposeOf(ISymbol symbol) => IdOf(symbol, WellKnownNames.ProcessingPurposeAttribute);

    private static string? MethodPurpose(IMethodSymbol method)
    {
        // The attribute is inherited: an override runs for the purpose its base declares.
        for (IMethodSymbol? current = method; current is not null; current = current.OverriddenMethod)
        {
            if (PurposeOf(current) is { } purpose)
            {
                return purpose;
            }
        }

        return null;
    }

    private static string? TypePurpose(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (PurposeOf(current) is { } purpose)
            {
                return purpose;
            }
        }

        return null;
    }

    /// <summary>The string constructor argument of the named attribute on <paramref name="symbol"/>.</summary>
    private static string? IdOf(ISymbol symbol, string attributeName) =>
        SymbolNames.FindAttribute(symbol, attributeName) is { ConstructorArguments: { Length: 1 } arguments }
            ? arguments[0].Value as string
            : null;
}
