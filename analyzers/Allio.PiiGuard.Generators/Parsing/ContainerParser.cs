using System.Collections.Generic;
using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// Containers: partial types without marks of their own whose public members hold types with hooks, directly or through
/// collections and other containers (<see cref="TypeContents"/>). They get redaction and an export that recurses
/// into those members; no descriptor or erasure, which belong to the types that declare the personal data.
/// </summary>
internal static class ContainerParser
{
    /// <summary>How many containers deep a container may hold the hooked type (a league of teams of users).</summary>
    public const int MaxNesting = 3;

    /// <summary>What each container gave, reused while the compilation's declarations bind alike.</summary>
    private static readonly ParseCache Parsed = new();

    public static ParseResult? Parse(string metadataName, Compilation compilation, CancellationToken cancellationToken)
        => Parsed.GetOrParse(metadataName, compilation, (metadataName, compilation), static (state, token) => ParseUncached(state.metadataName, state.compilation, token), cancellationToken);

    private static ParseResult? ParseUncached(string metadataName, Compilation compilation, CancellationToken cancellationToken)
    {
        if (compilation.GetTypeByMetadataName(metadataName) is not { } type || !IsContainer(type, MaxNesting, cancellationToken))
        {
            return null;
        }

        return TypeParser.Parse(type, compilation, cancellationToken, isContainer: true);
    }

    /// <summary>True when a public member of the type holds (through collections) a type with hooks or, to a depth, another container.</summary>
    public static bool IsContainer(INamedTypeSymbol type, int depth, CancellationToken cancellationToken)
    {
        if (depth == 0 || type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsStatic
            || type.DeclaringSyntaxReferences.IsEmpty || GeneratedHooks.WantsHooks(type)
            || !GeneratedHooks.IsPartialChain(type, cancellationToken) || TypeParser.TakenName(type) is not null)
        {
            return false;
        }

        HookAncestry.OwnChain(type, out var hasHookedBase, cancellationToken);
        if (hasHookedBase)
        {
            // The base's hooks already print and export what it holds.
            return false;
        }

        foreach (var (member, memberType) in TypeContents.NestedMembers(type))
        {
            if (IsPubliclyReadable(member) && HoldsHooked(memberType, depth, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Public data is what makes a container: a <c>Team</c> shows its <c>Lead</c>; a service caching users in a
    /// private field is not their data's shape, and its export would mix many subjects.
    /// </summary>
    public static bool IsPubliclyReadable(ISymbol member) => member.DeclaredAccessibility == Accessibility.Public
        && (member is IFieldSymbol || member is IPropertySymbol { GetMethod.DeclaredAccessibility: Accessibility.Public });

    /// <summary>True when a value of the type is, or holds as elements, a type with hooks or a container.</summary>
    public static bool HoldsHooked(ITypeSymbol type, int depth, CancellationToken cancellationToken)
    {
        foreach (var level in TypeContents.ElementLevels(type))
        {
            if (level is INamedTypeSymbol { SpecialType: SpecialType.None } named
                && (named.DeclaringSyntaxReferences.IsEmpty
                    ? HookAncestry.HasHooks(named, cancellationToken)
                    : HookAncestry.HasMarkedHooks(named, cancellationToken) || IsContainer(named, depth - 1, cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }
}
