using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Rules.Serialization;

/// <summary>
/// Whether <c>JsonSerializerOptions</c> kept in a field or property may include fields, read from the syntax of its
/// declaring type: its initializer or getter, what the type assigns to it (constructors, <c>??=</c>), and
/// <c>Member.IncludeFields = true</c>. Options the compilation does not build where it can be seen (a library's, one
/// set from a constructor parameter, a method's result) may include them, and so do options another type sets
/// <c>IncludeFields = true</c> on (see <see cref="IncludeFieldsSettings"/>). Cached per member.
/// </summary>
internal sealed class OptionsMembers
{
    private readonly ConcurrentDictionary<ISymbol, bool> _includes = new(SymbolEqualityComparer.Default);
    private readonly IncludeFieldsSettings _settings;

    public OptionsMembers(IncludeFieldsSettings settings) => _settings = settings;

    public bool MayIncludeFields(ISymbol member) => _includes.TryGetValue(member, out var known) ? known : _includes.GetOrAdd(member, Compute(member));

    private bool Compute(ISymbol member) => ComputeInType(member) || (!member.DeclaringSyntaxReferences.IsEmpty && _settings.SetOnMember(member));

    private static bool ComputeInType(ISymbol member)
    {
        if (member.DeclaringSyntaxReferences.IsEmpty)
        {
            // JsonSerializerOptions.Default and .Web leave fields out; a library's other options are unknown.
            return !SymbolNames.Is(member.ContainingType, "System.Text.Json.JsonSerializerOptions");
        }

        // Settable from outside its type: set where it cannot be seen (configuration, DI).
        if (member is IPropertySymbol { SetMethod: { DeclaredAccessibility: not Accessibility.Private } } or IFieldSymbol { IsReadOnly: false, DeclaredAccessibility: not Accessibility.Private })
        {
            return true;
        }

        var values = new List<ExpressionSyntax>();
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            AddDeclaredValues(reference.GetSyntax(), values);
        }

        foreach (var reference in member.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var assignment in reference.GetSyntax().DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (Names(assignment.Left, member.Name))
                {
                    values.Add(assignment.Right);
                }
                else if (assignment.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: IncludeFieldsSettings.IncludeFields } set
                    && Names(set.Expression, member.Name) && assignment.Right.IsKind(SyntaxKind.TrueLiteralExpression))
                {
                    return true;
                }
            }
        }

        // Never given a value where it can be seen: set from outside (configuration, DI).
        if (values.Count == 0)
        {
            return true;
        }

        foreach (var value in values)
        {
            if (MayInclude(value))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddDeclaredValues(SyntaxNode declaration, List<ExpressionSyntax> values)
    {
        switch (declaration)
        {
            case VariableDeclaratorSyntax { Initializer.Value: { } initializer }:
                values.Add(initializer);
                break;
            case PropertyDeclarationSyntax property:
                if (property.Initializer?.Value is { } propertyInitializer)
                {
                    values.Add(propertyInitializer);
                }

                if (property.ExpressionBody?.Expression is { } body)
                {
                    values.Add(body);
                }

                foreach (var accessor in property.AccessorList?.Accessors ?? default)
                {
                    if (!accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
                    {
                        continue;
                    }

                    if (accessor.ExpressionBody?.Expression is { } returned)
                    {
                        values.Add(returned);
                    }

                    foreach (var statement in accessor.Body?.DescendantNodes().OfType<ReturnStatementSyntax>() ?? [])
                    {
                        if (statement.Expression is { } expression)
                        {
                            values.Add(expression);
                        }
                    }
                }

                break;
        }
    }

    /// <summary>
    /// Options built here that set <c>IncludeFields = true</c>, or a value whose options cannot be seen; not
    /// <c>null</c>, <c>JsonSerializerOptions.Default</c>/<c>.Web</c>, or options built from <c>JsonSerializerDefaults</c> only.
    /// </summary>
    private static bool MayInclude(ExpressionSyntax value)
    {
        while (value is ParenthesizedExpressionSyntax or CastExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            value = value switch
            {
                ParenthesizedExpressionSyntax parenthesized => parenthesized.Expression,
                CastExpressionSyntax cast => cast.Expression,
                _ => ((PostfixUnaryExpressionSyntax)value).Operand,
            };
        }

        switch (value)
        {
            case LiteralExpressionSyntax or DefaultExpressionSyntax:
                return false;
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Default" or "Web", Expression: var owner }:
                return !EndsWith(owner, "JsonSerializerOptions");
            case BaseObjectCreationExpressionSyntax creation:
                foreach (var argument in creation.ArgumentList?.Arguments ?? default)
                {
                    if (!(argument.Expression is MemberAccessExpressionSyntax { Expression: var defaults } && EndsWith(defaults, "JsonSerializerDefaults")))
                    {
                        return true;
                    }
                }

                foreach (var assignment in creation.Initializer?.Expressions ?? default)
                {
                    if (assignment is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: IncludeFieldsSettings.IncludeFields }, Right: var set }
                        && !set.IsKind(SyntaxKind.FalseLiteralExpression))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return true;
        }
    }

    private static bool EndsWith(ExpressionSyntax expression, string name) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == name,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == name,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == name,
        _ => false,
    };

    /// <summary><c>Options</c>, <c>this.Options</c> or <c>Owner.Options</c>.</summary>
    private static bool Names(ExpressionSyntax expression, string member) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == member,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == member,
        _ => false,
    };
}
