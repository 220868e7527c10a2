using System.Collections.Generic;
using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// Which types get generated hooks, and where a type's nearest hooked ancestor is: a derived type
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

        return IsPartialChain(type, cancellationToken) && HasMatchedMark(type) && TypeParser.TakenName(type) is null
            && !PiiModel.GetPiiMembers(type).IsEmpty;
    }

    /// <summary>True when the type and every type containing it are declared <c>partial</c>.</summary>
    public static bool IsPartialChain(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the type or one of its members or primary-constructor parameters carries one of the
    /// marks the pipeline listens for (by exact name, as <c>ForAttributeWithMetadataName</c> matches them).
    /// </summary>
    private static bool HasMatchedMark(INamedTypeSymbol type)
    {
        if (HasListenedAttribute(type))
        {
            return true;
        }

        foreach (var member in type.GetMembers())
        {
            if (HasListenedAttribute(member))
            {
                return true;
            }

            if (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (HasListenedAttribute(parameter))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool HasListenedAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (MarkOwner.IsListened(attribute.AttributeClass))
            {
                return true;
            }
        }

        return false;
    }
}
