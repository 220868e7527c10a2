using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The members a construction leaves at a blank default: <c>new Offer { OfferId = o.OfferId }</c> leaves
/// <c>BuyerEmail</c> as the <c>""</c> its declaration gives it, so writing the new object writes no e-mail. A member
/// counts when it is a field or an auto-property of a type of the compilation, declared with no initializer or a blank
/// one (null, default, blanks, an empty collection), in a type whose constructors run no statements of their own.
/// </summary>
/// <remarks>
/// Only where nothing can fill the object between its construction and the write: it is made in a library call's
/// argument (the sink's own) or returned by a lambda (a projection), or kept in a local that is only read member by
/// member before the read that writes it. A local passed to a method, received by a call or captured may be filled.
/// </remarks>
internal static class BlankMembers
{
    /// <summary>
    /// The members <paramref name="creation"/> leaves blank, for a write through <paramref name="read"/> (the local that
    /// holds it, or null when the construction is the written value); null when none or when the object may be filled.
    /// </summary>
    public static HashSet<ISymbol>? Of(IObjectCreationOperation creation, IOperation? read)
    {
        if (creation.Type is not INamedTypeSymbol type || !PiiFlow.IsDeclaredInSource(type) || !RunsNoStatements(creation.Constructor)
            || !StaysUnfilled(creation, read))
        {
            return null;
        }

        HashSet<ISymbol>? blank = null;
        // A base type's constructors run too: its members count when none of them runs statements.
        for (var level = type; level is not null && PiiFlow.IsDeclaredInSource(level); level = level.BaseType)
        {
            if (!SymbolEqualityComparer.Default.Equals(level, type) && !AllConstructorsRunNoStatements(level))
            {
                break;
            }

            foreach (var member in level.GetMembers())
            {
                if (member is IFieldSymbol or IPropertySymbol && !member.IsStatic && !member.IsImplicitlyDeclared
                    && BlankedCopies.IsPlainStorage(member) && StartsBlank(member))
                {
                    (blank ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(member);
                }
            }
        }

        return blank;
    }

    /// <summary>True when the construction's object cannot be filled before the write.</summary>
    private static bool StaysUnfilled(IOperation creation, IOperation? read)
    {
        // A params array's element (logger.LogInformation("{@Offer}", new Offer { … })) is its call's argument.
        var parent = creation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation or IArrayInitializerOperation or IArrayCreationOperation)
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IArgumentOperation { Parent: IInvocationOperation call }:
                return call.TargetMethod.DeclaringSyntaxReferences.IsEmpty;
            case IArgumentOperation { Parent: IObjectCreationOperation { Constructor: { } constructor } }:
                return constructor.DeclaringSyntaxReferences.IsEmpty;
            case IReturnOperation:
                return InsideLambda(parent);
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return read is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, declarator.Symbol)
                    && OnlyReadBefore(local);
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target }:
                return read is ILocalReferenceOperation stored && SymbolEqualityComparer.Default.Equals(stored.Local, target.Local)
                    && OnlyReadBefore(stored);
            // request with { Address = new PostalAddress { Postcode = … } }: a member's new object stays as unfilled as the
            // object whose initializer gives it.
            case ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: IInstanceReferenceOperation }, Parent: IObjectOrCollectionInitializerOperation { Parent: { } outer } }
                when outer is IObjectCreationOperation or IWithOperation:
                return StaysUnfilled(outer, read);
            default:
                return false;
        }
    }

    private static bool InsideLambda(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation)
            {
                return true;
            }

            if (current is ILocalFunctionOperation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when every use of the local before <paramref name="read"/> reads one of its members and nothing more.</summary>
    private static bool OnlyReadBefore(ILocalReferenceOperation read)
    {
        foreach (var use in OperationShapes.UsesOf(read))
        {
            if (use.Syntax.SpanStart >= read.Syntax.SpanStart)
            {
                continue;
            }

            if (use.Parent is not IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member
                || member.Parent is IInvocationOperation or IArgumentOperation or IMemberReferenceOperation
                || member.Parent is IAssignmentOperation assignment && assignment.Target == member
                || BlankedCopies.InsideFunction(use))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllConstructorsRunNoStatements(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (!RunsNoStatements(constructor))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An implicit constructor, a primary one (whose copies the construction's own members account for), or one with an
    /// empty body that chains to no other with arguments.
    /// </summary>
    private static bool RunsNoStatements(IMethodSymbol? constructor)
    {
        if (constructor is null)
        {
            return false;
        }

        if (constructor.IsImplicitlyDeclared)
        {
            return true;
        }

        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax())
            {
                case TypeDeclarationSyntax:
                    break;
                case ConstructorDeclarationSyntax { ExpressionBody: null, Body.Statements.Count: 0 } declared
                    when declared.Initializer is null || declared.Initializer.ArgumentList.Arguments.Count == 0:
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A text literal that stands in for a person's data (<c>"Sam"</c>, <c>"anna@example.com"</c>): two letters or digits
    /// or more, and not a mask (<c>"***"</c>, <c>"[redacted]"</c>, <c>"n/a"</c>).
    /// </summary>
    public static bool IsStandIn(IOperation value)
    {
        if (value.ConstantValue is not { HasValue: true, Value: string text })
        {
            return false;
        }

        var letters = new System.Text.StringBuilder();
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                letters.Append(char.ToLowerInvariant(character));
            }
        }

        return letters.Length >= 2 && !MaskWords.Contains(letters.ToString());
    }

    /// <summary>What masks and placeholders say, once punctuation and spaces are gone.</summary>
    private static readonly HashSet<string> MaskWords =
    [
        "redacted", "hidden", "masked", "removed", "withheld", "anonymous", "anonymised", "anonymized", "unknown", "na", "none",
        "null", "empty", "xxx", "xxxx", "private", "confidential", "notprovided", "notset",
    ];

    /// <summary>
    /// A member declared without an initializer, or with null, default, blanks or an empty library object; a positional
    /// record's property holds its constructor's argument instead.
    /// </summary>
    private static bool StartsBlank(ISymbol member)
    {
        var libraryTyped = !PiiFlow.IsDeclaredInSource((member as IPropertySymbol)?.Type ?? ((IFieldSymbol)member).Type);
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var initializer = reference.GetSyntax() switch
            {
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                _ => null,
            };
            if (reference.GetSyntax() is ParameterSyntax || initializer is not null && !IsBlank(initializer, libraryTyped))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlank(ExpressionSyntax value, bool libraryTyped) => value switch
    {
        LiteralExpressionSyntax literal => literal.Kind() is SyntaxKind.NullLiteralExpression or SyntaxKind.DefaultLiteralExpression
            || literal.Token.Value is string text && string.IsNullOrWhiteSpace(text)
            || literal.Kind() is SyntaxKind.NumericLiteralExpression or SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression,
        DefaultExpressionSyntax => true,
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } forgiven => IsBlank(forgiven.Operand, libraryTyped),
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Empty" } => true,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Empty" }, ArgumentList.Arguments.Count: 0 } => true,
        CollectionExpressionSyntax { Elements.Count: 0 } => true,
        BaseObjectCreationExpressionSyntax { Initializer: null } creation => libraryTyped && creation.ArgumentList is null or { Arguments.Count: 0 },
        _ => false,
    };
}
