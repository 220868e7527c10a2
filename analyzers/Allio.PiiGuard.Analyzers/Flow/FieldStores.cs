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
/// (<c>order.Note = u.Email</c> in a service) are not followed. The type's syntax is walked once, indexing its
/// assignments by the name written (one instance per type, cached by <see cref="PiiFlow"/>): an entity whose every
/// property is read costs one walk, not one per property.
/// </remarks>
internal sealed class FieldStores
{
    private static readonly IReadOnlyList<(ExpressionSyntax, IMethodSymbol)> None = new (ExpressionSyntax, IMethodSymbol)[0];

    /// <summary>Name written to the values assigned to it, each with the method it is assigned in, in source order.</summary>
    private readonly Dictionary<string, List<(ExpressionSyntax Value, IMethodSymbol Method)>> _assigned = new();

    private FieldStores(INamedTypeSymbol type)
    {
        Dictionary<SyntaxNode, IMethodSymbol>? methods = null;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                if (node is not AssignmentExpressionSyntax assignment || WrittenName(assignment.Left) is not { } name)
                {
                    continue;
                }

                methods ??= MethodsByDeclaration(type);
                if (EnclosingMethod(assignment, methods) is not { } method)
                {
                    continue;
                }

                if (!_assigned.TryGetValue(name, out var values))
                {
                    _assigned[name] = values = new List<(ExpressionSyntax, IMethodSymbol)>();
                }

                values.Add((assignment.Right, method));
            }
        }
    }

    public static FieldStores Of(INamedTypeSymbol type) => new(type);

    public ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)> SourcesOf(PiiFlow flow, ISymbol member)
    {
        var sources = ImmutableArray.CreateBuilder<(ISymbol, PiiInfo, ITypeSymbol?)>();
        foreach (var (value, method) in _assigned.TryGetValue(member.Name, out var values) ? values : None)
        {
            foreach (var source in SyntacticSummary.SourcesOf(method, value, flow))
            {
                if (!Contains(sources, source.Item1))
                {
                    sources.Add(source);
                }
            }
        }

        return sources.ToImmutable();
    }

    private static string? WrittenName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    private static Dictionary<SyntaxNode, IMethodSymbol> MethodsByDeclaration(INamedTypeSymbol type)
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

    private static IMethodSymbol? EnclosingMethod(SyntaxNode node, Dictionary<SyntaxNode, IMethodSymbol> methods)
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
