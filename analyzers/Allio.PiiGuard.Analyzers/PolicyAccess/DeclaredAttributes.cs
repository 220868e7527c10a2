using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.PolicyAccess;

/// <summary>
/// The bound form of an attribute written on a declaration, read from the declared symbol's attributes: the
/// compiler binds those once for the declaration, while asking the semantic model about the attribute syntax
/// binds it again. Attributes on lambdas, local functions and with explicit targets other than <c>return</c>
/// fall back to the semantic model.
/// </summary>
internal static class DeclaredAttributes
{
    public static AttributeData? Find(SemanticModel model, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        if (attribute.Parent is not AttributeListSyntax list || Owner(model, list, cancellationToken) is not { } owner)
        {
            return null;
        }

        var attributes = list.Target?.Identifier.Kind() switch
        {
            null => owner.GetAttributes(),
            SyntaxKind.ReturnKeyword when owner is IMethodSymbol method => method.GetReturnTypeAttributes(),
            _ => default,
        };

        foreach (var data in attributes.IsDefault ? [] : attributes)
        {
            if (data.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == attribute.SyntaxTree && reference.Span == attribute.Span)
            {
                return data;
            }
        }

        return null;
    }

    /// <summary>The symbol a declaration declares; null for lambdas, local functions and their parameters (binding them is costly).</summary>
    private static ISymbol? Owner(SemanticModel model, AttributeListSyntax list, CancellationToken cancellationToken) => list.Parent switch
    {
        BaseFieldDeclarationSyntax { Declaration.Variables.Count: > 0 } field => model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken),
        ParameterSyntax { Parent.Parent: BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or TypeDeclarationSyntax or DelegateDeclarationSyntax } parameter
            => model.GetDeclaredSymbol(parameter, cancellationToken),
        MemberDeclarationSyntax or AccessorDeclarationSyntax => model.GetDeclaredSymbol(list.Parent, cancellationToken),
        _ => null,
    };
}
