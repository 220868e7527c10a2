using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Generators.Parsing;

/// <summary>
/// The attribute pipelines deliver a type once per marked declaration (a type with eight <c>[Pii]</c> members
/// eight times), and they re-run on every new compilation. Only the delivery of the type's first mark parses it,
/// so each type is parsed once per compilation and emitted by exactly one pipeline, with no merge over all types.
/// A declaration with two listened marks (<c>[Pii] [SensitivePii]</c>) is delivered to both pipelines: the one of its
/// first mark owns it.
/// </summary>
internal static class MarkOwner
{
    /// <summary>True when <paramref name="context"/> is the delivery of the first mark of <paramref name="type"/>.</summary>
    public static bool Owns(GeneratorAttributeSyntaxContext context, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (First(type, cancellationToken) is not var (owner, mark)
            || owner.SyntaxTree != context.TargetNode.SyntaxTree || owner.Span != context.TargetNode.Span)
        {
            return false;
        }

        foreach (var delivered in context.Attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(delivered.AttributeClass, mark.AttributeClass))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The delivered declaration of the type's first mark: on the type, then its fields and properties, then constructor parameters.</summary>
    public static SyntaxNode? FirstMark(INamedTypeSymbol type, CancellationToken cancellationToken) => First(type, cancellationToken)?.Holder;

    private static (SyntaxNode Holder, AttributeData Mark)? First(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (FirstDelivered(type, cancellationToken) is { } onType)
        {
            return onType;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol or IPropertySymbol && FirstDelivered(member, cancellationToken) is { } onMember)
            {
                return onMember;
            }
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (FirstDelivered(parameter, cancellationToken) is { } onParameter)
                {
                    return onParameter;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The declaration <c>ForAttributeWithMetadataName</c> delivers for the first PiiGuard mark on
    /// <paramref name="symbol"/>: the node owning the attribute list (a field's declarator), when that node declares
    /// a symbol of the same kind. A mark aimed elsewhere (<c>[property: Pii]</c> on a record parameter,
    /// <c>[field: Pii]</c> on a property) lands on a symbol its node does not declare, is delivered for no symbol
    /// that carries it, and cannot own the type. Syntax only: no semantic model per delivery.
    /// </summary>
    private static (SyntaxNode Holder, AttributeData Mark)? FirstDelivered(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (!DeclaredAttributes.MayHave(symbol))
        {
            // Most members carry no attribute list: nothing to bind on every new compilation.
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (!GeneratedHooks.IsListened(attribute.AttributeClass)
                || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).Parent?.Parent is not { } holder)
            {
                continue;
            }

            switch (symbol, holder)
            {
                case (INamedTypeSymbol, BaseTypeDeclarationSyntax):
                case (IPropertySymbol, PropertyDeclarationSyntax or IndexerDeclarationSyntax):
                case (IParameterSymbol, ParameterSyntax):
                    return (holder, attribute);
                case (IFieldSymbol, FieldDeclarationSyntax field):
                    // One declaration may declare several fields; the delivery is per declarator.
                    foreach (var declarator in field.Declaration.Variables)
                    {
                        if (declarator.Identifier.ValueText == symbol.Name)
                        {
                            return (declarator, attribute);
                        }
                    }

                    break;
            }
        }

        return null;
    }
}
