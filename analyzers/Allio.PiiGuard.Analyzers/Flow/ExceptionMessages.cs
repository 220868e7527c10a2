using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Which arguments of an exception type of the compilation reach its message. An exception's message is fixed by the base
/// constructor it calls, so a parameter of its own constructor reaches the message only when the constructor's initializer
/// is given it (<c>: base($"Appeal {appeal.AppealId} rejected: {reason}")</c> passes <c>reason</c> and the appeal's id, not
/// the appeal kept in a property). Every parameter counts when the type computes its message itself (a <c>Message</c> override), the
/// constructor writes the exception's <c>Data</c>, or the constructor is not in source.
/// </summary>
internal static class ExceptionMessages
{
    /// <summary>
    /// What of the argument for <paramref name="parameter"/> reaches the message: null for all of it, the names of the
    /// members the initializer reads of it when it reads only members (<c>{appeal.AppealId}</c>), empty for nothing.
    /// </summary>
    public static string[]? ReachingMembers(IParameterSymbol parameter) => ReachingMembers(parameter, countsData: true);

    /// <summary>
    /// As <see cref="ReachingMembers(IParameterSymbol)"/>; <paramref name="countsData"/>: a constructor that writes the
    /// exception's <c>Data</c> counts every parameter (a throw sends the data too), or only what reaches the message.
    /// </summary>
    private static string[]? ReachingMembers(IParameterSymbol parameter, bool countsData)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor, DeclaringSyntaxReferences.Length: 1 } constructor
            || ComputesItsMessage(constructor.ContainingType))
        {
            return null;
        }

        var declaration = constructor.DeclaringSyntaxReferences[0].GetSyntax();
        var initializer = declaration switch
        {
            ConstructorDeclarationSyntax explicitly => explicitly.Initializer?.ArgumentList,
            TypeDeclarationSyntax primary => primary.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault()?.ArgumentList,
            _ => null,
        };

        if (countsData && (declaration is ConstructorDeclarationSyntax { Body: { } body } && Mentions(body, "Data")
            || declaration is ConstructorDeclarationSyntax { ExpressionBody: { } expression } && Mentions(expression, "Data")))
        {
            return null;
        }

        return initializer is null ? [] : MembersRead(initializer, parameter.Name);
    }

    /// <summary>
    /// The personal data an exception type of the compilation puts in its message, whatever instance is caught: a
    /// constructor's parameter that holds personal data and reaches the message (<c>DuplicateClaimantException(string
    /// niNumber) : Exception($"… {niNumber}")</c>), or a member of one that does. Null when none does, or when the type
    /// computes its message itself (its override is read like any property).
    /// </summary>
    public static (ISymbol Source, PiiInfo Pii)? PersonalMessage(INamedTypeSymbol type, PiiFlow flow)
    {
        if (type.DeclaringSyntaxReferences.IsEmpty || ComputesItsMessage(type))
        {
            return null;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                var members = ReachingMembers(parameter, countsData: false);
                if (members is null && flow.GetPii(parameter) is { } whole)
                {
                    return (parameter, whole);
                }

                foreach (var name in members ?? [])
                {
                    foreach (var member in parameter.Type.GetMembers(name))
                    {
                        if (flow.GetPii(member) is { } part)
                        {
                            return (member, part);
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The members of <paramref name="name"/> that <paramref name="node"/> reads (empty when it never names it); null when it uses it whole.</summary>
    private static string[]? MembersRead(SyntaxNode node, string name)
    {
        var members = new System.Collections.Generic.List<string>();
        foreach (var identifier in node.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != name)
            {
                continue;
            }

            if (identifier.Parent is MemberAccessExpressionSyntax { Expression: var receiver, Name: var member } && receiver == identifier)
            {
                members.Add(member.Identifier.ValueText);
                continue;
            }

            return null;
        }

        return members.ToArray();
    }

    /// <summary>A type of the compilation on the way to the library's exception that overrides <c>Message</c>.</summary>
    private static bool ComputesItsMessage(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && !current.DeclaringSyntaxReferences.IsEmpty; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("Message"))
            {
                if (member is IPropertySymbol { IsOverride: true })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Mentions(SyntaxNode node, string name)
    {
        foreach (var identifier in node.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }
}
