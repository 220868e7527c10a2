using System.Collections.Generic;
using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// Marks aimed at a record's properties from its primary-constructor parameters (<c>[property: Pii]</c>). The attribute
/// pipelines never deliver them (the attribute sits on the parameter, lands on the property), so a record whose only
/// marks are these is found here: by syntax, attribute lists with a <c>property:</c> target on a type's parameters whose
/// attribute names read like a listened mark (<see cref="TreeDeclarations"/>, which walks no member bodies), then confirmed
/// by binding.
/// </summary>
internal static class PropertyTargetedMarks
{
    /// <summary>Simple names of the listened marks, with and without the <c>Attribute</c> suffix.</summary>
    private static readonly string[] SimpleNames = SimpleNamesOf(GeneratedHooks.ListenedAttributes);

    /// <summary>What each candidate list gave, reused while the compilation's declarations bind alike.</summary>
    private static readonly ParseCache Candidates = new();

    /// <summary>Syntax only: a <c>[property: …]</c> list naming a listened mark on one of the declaration's parameters.</summary>
    public static bool HasCandidate(TypeDeclarationSyntax declaration)
    {
        foreach (var parameter in declaration.ParameterList?.Parameters ?? default)
        {
            foreach (var list in parameter.AttributeLists)
            {
                if (IsCandidate(list))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsCandidate(AttributeListSyntax list)
    {
        if (list.Target?.Identifier.RawKind != (int)SyntaxKind.PropertyKeyword)
        {
            return false;
        }

        foreach (var attribute in list.Attributes)
        {
            var name = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };
            if (System.Array.IndexOf(SimpleNames, name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The specs of the types owned by a property-targeted mark in <paramref name="compilation"/>: types with no delivered
    /// mark, parsed from the declaration holding their first property-targeted one.
    /// </summary>
    public static EquatableArray<ParseResult> ParseAll(Compilation compilation, CancellationToken cancellationToken)
    {
        List<ParseResult>? results = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var declaration in TreeDeclarations.Of(tree, cancellationToken).PropertyTargeted)
            {
                if (Candidates.GetOrParse(declaration, compilation, (declaration, compilation), static (state, token) => ParseCandidate(state.declaration, state.compilation, token), cancellationToken) is { } result)
                {
                    (results ??= []).Add(result);
                }
            }
        }

        return results is null ? default : EquatableArray.From(results);
    }

    private static ParseResult? ParseCandidate(TypeDeclarationSyntax declaration, Compilation compilation, CancellationToken cancellationToken)
    {
        if (compilation.GetSemanticModel(declaration.SyntaxTree).GetDeclaredSymbol(declaration, cancellationToken) is not { TypeKind: TypeKind.Class or TypeKind.Struct, IsStatic: false } type
            || !GeneratedHooks.IsPartial(type, cancellationToken)
            || MarkOwner.FirstMark(type, cancellationToken) is not null
            || FirstListed(type, declaration) is null)
        {
            return null;
        }

        return TypeParser.Parse(type, compilation, cancellationToken);
    }

    /// <summary>The first <c>[property: …]</c> list of the declaration's parameters that binds to a listened mark.</summary>
    private static AttributeListSyntax? FirstListed(INamedTypeSymbol type, TypeDeclarationSyntax declaration)
    {
        foreach (var parameter in declaration.ParameterList?.Parameters ?? default)
        {
            foreach (var member in type.GetMembers(parameter.Identifier.ValueText))
            {
                if (member is not IPropertySymbol property)
                {
                    continue;
                }

                foreach (var attribute in property.GetAttributes())
                {
                    if (GeneratedHooks.IsListened(attribute.AttributeClass)
                        && attribute.ApplicationSyntaxReference is { } reference
                        && reference.SyntaxTree == declaration.SyntaxTree
                        && parameter.Span.Contains(reference.Span))
                    {
                        foreach (var list in parameter.AttributeLists)
                        {
                            if (list.Span.Contains(reference.Span))
                            {
                                return list;
                            }
                        }
                    }
                }
            }
        }

        return null;
    }

    private static string[] SimpleNamesOf(string[] metadataNames)
    {
        const string Suffix = "Attribute";
        var names = new string[metadataNames.Length * 2];
        for (var i = 0; i < metadataNames.Length; i++)
        {
            var simple = metadataNames[i].Substring(metadataNames[i].LastIndexOf('.') + 1);
            names[2 * i] = simple;
            names[(2 * i) + 1] = simple.Substring(0, simple.Length - Suffix.Length);
        }

        return names;
    }
}
