using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
    /// <summary>Calls that put their arguments into a collection: a dictionary's first argument is a key, the rest values.</summary>
    private static readonly HashSet<string> Fillers = new()
    {
        "Add", "TryAdd", "AddOrUpdate", "GetOrAdd", "Insert", "AddRange", "InsertRange", "Enqueue", "Push", "AddFirst", "AddLast",
    };

    /// <param name="part">
    /// The part read: for a member holding tuples an element (that element of each stored tuple literal, any other stored
    /// value whole); for a collection its keys (<c>_counts[key] = …</c>, <c>_counts.Add(key, …)</c>) or values; else whole.
    /// </param>
    public static ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)> SourcesOf(PiiFlow flow, ISymbol member, ValuePart part = default)
    {
        var sources = ImmutableArray.CreateBuilder<(ISymbol, PiiInfo, ITypeSymbol?)>();
        var stores = flow.StoresIn(member.ContainingType);
        foreach (var node in stores.Writing(member.Name))
        {
            var stored = StoredBy(node, member, part);
            if (stored.Count == 0 || EnclosingMethod(node, stores.Methods) is not { } method)
            {
                continue;
            }

            foreach (var value in stored)
            {
                foreach (var source in SyntacticSummary.SourcesOf(method, value, flow))
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

    /// <summary>
    /// The stores of a type's syntax (all its parts), by the name of the member they write, in the order they are written,
    /// and its methods by declaration: read once per type for all its members.
    /// </summary>
    public static TypeStores Index(INamedTypeSymbol type)
    {
        var byName = new Dictionary<string, List<SyntaxNode>>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                if (WrittenName(node) is { } name)
                {
                    if (!byName.TryGetValue(name, out var nodes))
                    {
                        byName[name] = nodes = new List<SyntaxNode>();
                    }

                    nodes.Add(node);
                }
            }
        }

        return new TypeStores(byName, byName.Count == 0 ? new Dictionary<SyntaxNode, IMethodSymbol>() : MethodsByDeclaration(type));
    }

    /// <summary>The name of the member <paramref name="node"/> may store into: an assignment's target, an indexed target's, a filling call's.</summary>
    private static string? WrittenName(SyntaxNode node) => node switch
    {
        AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax element } => NameOf(element.Expression),
        AssignmentExpressionSyntax assignment => NameOf(assignment.Left),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name, Expression: var target } }
            when Fillers.Contains(name) => NameOf(target),
        _ => null,
    };

    /// <summary>The values <paramref name="node"/> stores into <paramref name="member"/> that <paramref name="part"/> may read.</summary>
    private static IReadOnlyList<ExpressionSyntax> StoredBy(SyntaxNode node, ISymbol member, ValuePart part)
    {
        switch (node)
        {
            case AssignmentExpressionSyntax assignment when Writes(assignment.Left, member.Name):
                return new[] { part.Kind == ValuePartKind.Element ? SyntacticSummary.ElementOf(assignment.Right, part.Index) : assignment.Right };
            case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax element } assignment when Writes(element.Expression, member.Name):
                // _counts[key] = value: the key is a key, the value a value.
                var keys = new List<ExpressionSyntax>();
                if (part.Kind != ValuePartKind.Value)
                {
                    foreach (var argument in element.ArgumentList.Arguments)
                    {
                        keys.Add(argument.Expression);
                    }
                }

                if (part.Kind != ValuePartKind.Key && assignment.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression))
                {
                    keys.Add(assignment.Right);
                }

                return keys;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name, Expression: var target } } call
                when Fillers.Contains(name) && Writes(target, member.Name):
                var filled = new List<ExpressionSyntax>();
                var keyed = IsDictionary(member);
                for (var i = 0; i < call.ArgumentList.Arguments.Count; i++)
                {
                    var role = !keyed ? ValuePartKind.Value : i == 0 ? ValuePartKind.Key : ValuePartKind.Value;
                    if (part.IsWhole || part.Kind == ValuePartKind.Element || part.Kind == role)
                    {
                        filled.Add(call.ArgumentList.Arguments[i].Expression);
                    }
                }

                return filled;
            default:
                return System.Array.Empty<ExpressionSyntax>();
        }
    }

    /// <summary>A member whose type has keys apart from its values (a dictionary).</summary>
    private static bool IsDictionary(ISymbol member)
    {
        var type = member switch { IFieldSymbol field => field.Type, IPropertySymbol property => property.Type, _ => null };
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (!current.GetMembers("Keys").IsEmpty)
            {
                return true;
            }
        }

        return type?.AllInterfaces.Any(i => i.Name is "IDictionary" or "IReadOnlyDictionary") == true
            || type is INamedTypeSymbol { TypeKind: TypeKind.Interface, Name: "IDictionary" or "IReadOnlyDictionary" };
    }

    private static bool Writes(ExpressionSyntax target, string name) => NameOf(target) == name;

    private static string? NameOf(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
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

    /// <summary>A type's stores by the member name they write, and its methods by declaration (see <see cref="Index"/>).</summary>
    internal sealed class TypeStores(Dictionary<string, List<SyntaxNode>> byName, Dictionary<SyntaxNode, IMethodSymbol> methods)
    {
        private static readonly List<SyntaxNode> None = new();

        public Dictionary<SyntaxNode, IMethodSymbol> Methods => methods;

        /// <summary>The assignments and filling calls whose target is named <paramref name="name"/>.</summary>
        public List<SyntaxNode> Writing(string name) => byName.TryGetValue(name, out var nodes) ? nodes : None;
    }
}
