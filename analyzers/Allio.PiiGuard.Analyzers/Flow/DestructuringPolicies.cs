using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A Serilog destructuring policy of the compilation (an <c>IDestructuringPolicy</c>): its <c>TryDestructure</c> takes
/// values of a type apart by a type pattern (<c>if (value is DeliveryStop stop)</c>) and writes what it reads of the
/// variable. Read from its syntax, like a wrapper in another file.
/// </summary>
internal static class DestructuringPolicies
{
    /// <summary>
    /// True when the policy reads something personal of a <paramref name="type"/> value (a member marked or named like
    /// personal data, the value whole, or a member that is an object), false when it reads only plain values of it, null
    /// when it takes no <paramref name="type"/> apart or is not in source.
    /// </summary>
    public static bool? Reads(ITypeSymbol policy, ITypeSymbol type)
    {
        foreach (var method in policy.GetMembers("TryDestructure").OfType<IMethodSymbol>())
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is MethodDeclarationSyntax declaration && Variable(declaration, type) is { } variable)
                {
                    return ReadsPersonal(declaration, variable, type);
                }
            }
        }

        return null;
    }

    /// <summary>The variable a type pattern of the method declares for a <paramref name="type"/> value (<c>value is T t</c>).</summary>
    private static SyntaxToken? Variable(MethodDeclarationSyntax declaration, ITypeSymbol type)
    {
        foreach (var pattern in declaration.DescendantNodes().OfType<DeclarationPatternSyntax>())
        {
            var named = pattern.Type switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };
            if (named == type.Name && pattern.Designation is SingleVariableDesignationSyntax variable)
            {
                return variable.Identifier;
            }
        }

        return null;
    }

    private static bool ReadsPersonal(MethodDeclarationSyntax declaration, SyntaxToken variable, ITypeSymbol type)
    {
        foreach (var identifier in declaration.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != variable.ValueText)
            {
                continue;
            }

            if (identifier.Parent is not MemberAccessExpressionSyntax { Name: var name } access || access.Expression != identifier)
            {
                return true;
            }

            foreach (var member in type.GetMembers(name.Identifier.ValueText))
            {
                var memberType = member switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };
                if (memberType is null || SerilogTransforms.IsPersonal(member) || !SerilogTransforms.IsPlainValue(memberType))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
