using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Which types the PiiGuard source generator gives redaction, descriptor, erasure, export and audit hooks: one answer
/// for the generator, PII014 (a type that would get them is not partial) and PII008 (a partial record is left to them).
/// </summary>
/// <remarks>
/// The generator is woken by the marks it listens for, matched by exact attribute name: PiiGuard's marks and ASP.NET
/// Identity's <c>[PersonalData]</c>/<c>[ProtectedPersonalData]</c>. A type found by one of them gets hooks for every
/// personal member, foreign marks included. A type whose only marks are other <c>DataClassificationAttribute</c>s
/// (each taxonomy names its own attribute classes) wakes nothing, so it gets no hooks.
/// </remarks>
internal static class GeneratedHooks
{
    /// <summary>The attribute classes the generator's pipelines listen for, by exact metadata name.</summary>
    public static readonly string[] ListenedAttributes =
    [
        WellKnownNames.PiiAttribute,
        WellKnownNames.SensitivePiiAttribute,
        WellKnownNames.BiometricPiiAttribute,
        WellKnownNames.IdentityPersonalDataAttribute,
        WellKnownNames.IdentityProtectedPersonalDataAttribute,
    ];

    /// <summary>
    /// True when the generator gives the type hooks once it and its containing types are <c>partial</c>: a source class,
    /// struct or record (not static) with personal members and a listened mark on it, its members or its
    /// primary-constructor parameters.
    /// </summary>
    public static bool WantsHooks(INamedTypeSymbol type)
        => type is { TypeKind: TypeKind.Class or TypeKind.Struct, IsStatic: false, IsImplicitlyDeclared: false }
            && !type.DeclaringSyntaxReferences.IsEmpty
            && HasListenedMark(type)
            && !PiiModel.GetPiiMembers(type).IsEmpty;

    /// <summary>True when the generator gives the type hooks: it wants them and can add members to it.</summary>
    public static bool GetsHooks(INamedTypeSymbol type, CancellationToken cancellationToken)
        => WantsHooks(type) && IsPartialChain(type, cancellationToken);

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

    /// <summary>The type and its containing types that lack <c>partial</c>, outermost first (PII014's list, PII008's fix).</summary>
    public static ImmutableArray<INamedTypeSymbol> NotPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!IsPartial(current, cancellationToken))
            {
                builder.Insert(0, current);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>True when a source declaration of the type carries <c>partial</c> (then all of them do, CS0260).</summary>
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

    /// <summary>True for the attribute classes the pipelines listen for, matched exactly as they match them.</summary>
    public static bool IsListened(INamedTypeSymbol? attributeClass)
    {
        foreach (var name in ListenedAttributes)
        {
            if (SymbolNames.Is(attributeClass, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A listened mark on the type, one of its members or one of its constructors' parameters.</summary>
    private static bool HasListenedMark(INamedTypeSymbol type)
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
            if (IsListened(attribute.AttributeClass))
            {
                return true;
            }
        }

        return false;
    }
}
