using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// What the methods of a type store into one of its unmarked fields or properties (<c>_cache = u.Email;</c> in one
/// method, <c>Log(_cache)</c> in another), read from the syntax of every part of the type, in whatever file: no semantic
/// model may be asked for there. Each assignment's value is read like a callee's return (see <see cref="SyntacticSummary"/>).
/// </summary>
/// <remarks>
/// Flow-insensitive: a field holds anything ever stored into it by its own type. Stores from other types
/// (<c>order.Note = u.Email</c> in a service) are not followed.
/// </remarks>
internal static class FieldStores
{
    /// <param name="element">For a member holding tuples, the element read: that element of each stored tuple literal (any other stored value whole).</param>
    public static ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)> SourcesOf(PiiFlow flow, ISymbol member, int? element = null)
    {
        var type = member.ContainingType;
        var sources = ImmutableArray.CreateBuilder<(ISymbol, PiiInfo, ITypeSymbol?)>();
        Dictionary<SyntaxNode, IMethodSymbol>? methods = null;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                if (node is not AssignmentExpressionSyntax assignment || !Writes(assignment.Left, member.Name))
                {
                    continue;
                }

                methods ??= MethodsByDeclaration(type);
                if (EnclosingMethod(assignment, methods) is not { } method)
                {
                    continue;
                }

                var stored = element is { } index ? SyntacticSummary.ElementOf(assignment.Right, index) : assignment.Right;
                foreach (var source in SyntacticSummary.SourcesOf(method, stored, flow))
                {
                    if (!Contains(sources, source.Item1))
                    {
                        sources.Add(source);
                    }
                }
            }
        }

        return sources.ToImmutable();
    }

    private static bool Writes(ExpressionSyntax target, string name) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == name,
        _ => false,
    };

    /// <summary>The methods (and accessors, constructors) of a type by their declarations.</summary>
    internal static Dictionary<SyntaxNode, IMethodSymbol> MethodsByDeclaration(INamedTypeSymbol type)
    {
        var methods = new Dictionary<SyntaxNode, IMethodSymbol>();
        foreach (var candidate in type.GetMembers())
        {
            if (candidate is IMethodSymbol method)
            {
                foreach (var declaration in method.DeclaringSyntaxReferences)
                {
                    methods[declaration.GetSyntax()] = method;
                }
            }
        }

        return methods;
    }

    /// <summary>The method of <paramref name="methods"/> whose declaration holds <paramref name="node"/>.</summary>
    internal static IMethodSymbol? EnclosingMethod(SyntaxNode node, Dictionary<SyntaxNode, IMethodSymbol> methods)
    {
        for (var current = node.Parent; current is not null and not BaseTypeDeclarationSyntax; current = current.Parent)
        {
            if (methods.TryGetValue(current, out var method))
            {
                return method;
            }
        }

        return null;
    }

    private static bool Contains(ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>.Builder sources, ISymbol symbol)
    {
        foreach (var source in sources)
        {
            if (SymbolEqualityComparer.Default.Equals(source.Item1, symbol))
            {
                return true;
            }
        }

        return false;
    }
}
