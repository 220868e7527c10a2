using System.Collections.Generic;
using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// Whether a type (also a compiled one) has generated hooks, and where a type's nearest hooked ancestor is: a derived type
/// overrides the hooks of that ancestor and leaves its members to it.
/// </summary>
internal static class HookAncestry
{
    /// <summary>
    /// The type itself followed by its base types up to, not including, the nearest base with hooks
    /// (or <c>object</c>); <paramref name="hasHookedBase"/> tells whether such a base exists.
    /// </summary>
    public static List<INamedTypeSymbol> OwnChain(INamedTypeSymbol type, out bool hasHookedBase, CancellationToken cancellationToken)
    {
        var chain = new List<INamedTypeSymbol> { type };
        hasHookedBase = false;
        for (var current = type.BaseType; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            if (HasHooks(current, cancellationToken))
            {
                hasHookedBase = true;
                break;
            }

            chain.Add(current);
        }

        return chain;
    }

    /// <summary>True when the generator writes (or wrote, for a referenced assembly) hooks for the type.</summary>
    public static bool HasHooks(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolNames.Is(implemented, GeneratedNames.RedactableInterface))
                {
                    return true;
                }
            }

            return false;
        }

        return HasMarkedHooks(type, cancellationToken) || ContainerParser.IsContainer(type, ContainerParser.MaxNesting, cancellationToken);
    }

    /// <summary>True when the generator writes hooks for a source type because of its marks.</summary>
    public static bool HasMarkedHooks(INamedTypeSymbol type, CancellationToken cancellationToken)
        => GeneratedHooks.GetsHooks(type, cancellationToken) && TypeParser.TakenName(type) is null;
}
