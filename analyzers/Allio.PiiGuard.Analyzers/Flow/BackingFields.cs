using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A hand-written backing field holds what its marked property holds: <c>private string _email;</c> behind
/// <c>[Pii] public string Email { get => _email; set => _email = value; }</c> is read as the email wherever its type reads it.
/// </summary>
internal static class BackingFields
{
    /// <summary>The mark of the property of the same type that returns the field from its getter or stores its <c>value</c> into it; else null.</summary>
    public static PiiInfo? PiiOf(IFieldSymbol field, PiiFlow flow)
    {
        if (field.IsImplicitlyDeclared || field.IsConst || field.ContainingType is not { } type || !PiiFlow.IsDeclaredInSource(type))
        {
            return null;
        }

        // Most types hold no marked member: then there is nothing to back.
        foreach (var (member, pii) in flow.GetPiiMembers(type))
        {
            if (member is IPropertySymbol property && SymbolEqualityComparer.Default.Equals(property.ContainingType, type) && Backs(property, field.Name))
            {
                return pii;
            }
        }

        return null;
    }

    private static bool Backs(IPropertySymbol property, string field)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not PropertyDeclarationSyntax declaration)
            {
                continue;
            }

            if (Names(declaration.ExpressionBody?.Expression, field))
            {
                return true;
            }

            foreach (var accessor in declaration.AccessorList?.Accessors ?? default)
            {
                var returned = accessor.ExpressionBody?.Expression
                    ?? (OnlyStatement(accessor) is ReturnStatementSyntax { Expression: { } expression } ? expression : null);
                if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration) && Names(returned, field))
                {
                    return true;
                }

                var stored = accessor.ExpressionBody?.Expression
                    ?? (OnlyStatement(accessor) is ExpressionStatementSyntax { Expression: { } statement } ? statement : null);
                if (accessor.IsKind(SyntaxKind.SetAccessorDeclaration) || accessor.IsKind(SyntaxKind.InitAccessorDeclaration))
                {
                    if (stored is AssignmentExpressionSyntax { Right: IdentifierNameSyntax { Identifier.ValueText: "value" } } assignment && Names(assignment.Left, field))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static StatementSyntax? OnlyStatement(AccessorDeclarationSyntax accessor) =>
        accessor.Body is { Statements.Count: 1 } body ? body.Statements[0] : null;

    /// <summary><c>_email</c> or <c>this._email</c>.</summary>
    private static bool Names(ExpressionSyntax? expression, string field) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == field,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var name } => name.Identifier.ValueText == field,
        _ => false,
    };
}
