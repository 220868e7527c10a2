using System.Collections.Generic;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>The symbol of a type declared in a file no semantic model may be asked for, found by its name.</summary>
internal static class DeclaredTypes
{
    /// <summary>The type a declaration declares, by its metadata name (namespaces, then nested types with <c>+</c>).</summary>
    public static INamedTypeSymbol? Of(TypeDeclarationSyntax declaration, Compilation compilation)
    {
        var types = new List<string>();
        var spaces = new List<string>();
        foreach (var node in declaration.AncestorsAndSelf())
        {
            switch (node)
            {
                case TypeDeclarationSyntax type:
                    types.Insert(0, type.TypeParameterList is { Parameters.Count: var count } ? type.Identifier.ValueText + "`" + count : type.Identifier.ValueText);
                    break;
                case BaseNamespaceDeclarationSyntax space:
                    spaces.Insert(0, space.Name.ToString());
                    break;
            }
        }

        var name = string.Join("+", types);
        return TypeLookup.Find(compilation, spaces.Count == 0 ? name : string.Join(".", spaces) + "." + name);
    }
}
