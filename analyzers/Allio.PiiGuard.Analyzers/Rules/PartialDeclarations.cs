using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>
/// Whether the source generator can add members to a type: it and every containing type must be
/// declared <c>partial</c> (PII008 and PII014 share this answer, and the same fix).
/// </summary>
internal static class PartialDeclarations
{
    /// <summary>The type and its containing types that lack <c>partial</c>, outermost first; empty when the generator can reach the type.</summary>
    public static ImmutableArray<INamedTypeSymbol> NotPartial(INamedTypeSymbol type)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current))
            {
                builder.Insert(0, current);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>True when a source declaration of the type carries <c>partial</c> (then all of them do, CS0260).</summary>
    public static bool IsPartial(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only source classes, structs and records can be made partial.</summary>
    public static bool CanBePartial(INamedTypeSymbol type) =>
        type is { TypeKind: TypeKind.Class or TypeKind.Struct, IsImplicitlyDeclared: false, IsStatic: false }
        && !type.DeclaringSyntaxReferences.IsEmpty;
}
