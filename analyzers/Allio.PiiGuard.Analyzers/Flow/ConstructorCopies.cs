using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The properties a type's construction fills straight from its constructor's parameters, so that a property of an
/// object traced to its <c>new</c> holds the argument given for it: a positional record's properties, members
/// initialized from a primary constructor's parameter (<c>string Text { get; } = text;</c>), or, for a type with one
/// constructor taking parameters, the statements of its body that copy a parameter (<c>ErrorMessage = errorMessage;</c>).
/// </summary>
/// <remarks>
/// Only copies that run on every construction count: top-level statements of the body, not branches. A type with several
/// constructors taking parameters has none, since an argument's position would depend on the constructor called.
/// Elements stop at the seventh parameter, like every element part (<see cref="ValuePart.Bit"/>).
/// </remarks>
internal sealed partial class ConstructorCopies
{
    private static readonly ConstructorCopies None = new(null, new Dictionary<string, int>(), BaseValues.None);

    private readonly Dictionary<string, int> _ordinals;

    private ConstructorCopies(IMethodSymbol? constructor, Dictionary<string, int> ordinals, BaseValues passed)
    {
        Constructor = constructor;
        _ordinals = ordinals;
        _passed = passed;
    }

    /// <summary>The constructor whose arguments the copied properties hold; null when there is none.</summary>
    public IMethodSymbol? Constructor { get; }

    /// <summary>The element of a construction <paramref name="property"/> holds; null when it is not a copy.</summary>
    public ValuePart? ElementOf(IPropertySymbol property) =>
        !property.IsStatic && _ordinals.TryGetValue(property.Name, out var ordinal) ? ValuePart.Element(ordinal) : null;

    /// <summary>True when <paramref name="constructor"/> is the one the copies come from.</summary>
    public bool IsFilledBy(IMethodSymbol? constructor) =>
        Constructor is not null && SymbolEqualityComparer.Default.Equals(constructor?.OriginalDefinition, Constructor);

    /// <summary>Reads the copies of <paramref name="type"/> from its declarations (cached by <see cref="PiiFlow.CopiesOf"/>).</summary>
    public static ConstructorCopies Of(INamedTypeSymbol type)
    {
        IMethodSymbol? constructor = null;
        foreach (var candidate in type.OriginalDefinition.InstanceConstructors)
        {
            if (candidate.Parameters.Length == 0 || candidate.IsImplicitlyDeclared || IsCopyConstructor(candidate))
            {
                continue;
            }

            if (constructor is not null || candidate.DeclaringSyntaxReferences.Length != 1)
            {
                return None;
            }

            constructor = candidate;
        }

        if (constructor is null)
        {
            return None;
        }

        var ordinals = new Dictionary<string, int>();
        var declaration = constructor.DeclaringSyntaxReferences[0].GetSyntax();
        var passed = BaseValues.Of(type, constructor, declaration, ordinals);
        var assigned = new HashSet<string>();
        if (declaration is TypeDeclarationSyntax { ParameterList: { } primary } owner)
        {
            AddPositional(owner, primary, ordinals);
            foreach (var part in type.DeclaringSyntaxReferences)
            {
                AddInitialized((TypeDeclarationSyntax)part.GetSyntax(), constructor, ordinals, assigned);
            }
        }
        else if (declaration is ConstructorDeclarationSyntax body)
        {
            AddCopied(body, constructor, ordinals, assigned);
        }

        // The body runs after the base constructor: what it assigns replaces what the base was given.
        foreach (var name in assigned)
        {
            passed.Values.Remove(name);
        }

        foreach (var name in passed.Values.Keys)
        {
            ordinals.Remove(name);
        }

        return ordinals.Count == 0 && passed.Values.Count == 0 ? None : new ConstructorCopies(constructor, ordinals, passed);
    }

    /// <summary>A positional record's parameters declare its properties.</summary>
    private static void AddPositional(TypeDeclarationSyntax owner, ParameterListSyntax primary, Dictionary<string, int> ordinals)
    {
        if (owner is not RecordDeclarationSyntax)
        {
            return;
        }

        for (var i = 0; i < primary.Parameters.Count && i < 7; i++)
        {
            ordinals[primary.Parameters[i].Identifier.ValueText] = i;
        }
    }

    /// <summary><c>public string Text { get; } = text;</c> with <c>text</c> a primary constructor's parameter.</summary>
    private static void AddInitialized(TypeDeclarationSyntax part, IMethodSymbol constructor, Dictionary<string, int> ordinals, HashSet<string> assigned)
    {
        foreach (var member in part.Members)
        {
            // A property declared again in the body holds its initializer, not the positional parameter of its name.
            if (member is PropertyDeclarationSyntax property)
            {
                assigned.Add(property.Identifier.ValueText);
                if (property.Initializer is { Value: var value } && Ordinal(value, constructor) is { } ordinal)
                {
                    ordinals[property.Identifier.ValueText] = ordinal;
                }
                else
                {
                    ordinals.Remove(property.Identifier.ValueText);
                }
            }
        }
    }

    /// <summary>
    /// <c>ErrorMessage = errorMessage;</c>, <c>this.ErrorMessage = errorMessage ?? throw …;</c> or <c>(Name, Text) = (name, text);</c> at
    /// the top of the body.
    /// </summary>
    private static void AddCopied(ConstructorDeclarationSyntax declaration, IMethodSymbol constructor, Dictionary<string, int> ordinals, HashSet<string> assigned)
    {
        IEnumerable<ExpressionSyntax> statements = declaration.ExpressionBody is { Expression: var single }
            ? new[] { single }
            : Expressions(declaration.Body);
        foreach (var statement in statements)
        {
            if (statement is not AssignmentExpressionSyntax assignment)
            {
                continue;
            }

            // (Name, Email) = (name, email): pairwise.
            if (assignment is { Left: TupleExpressionSyntax targets, Right: TupleExpressionSyntax values }
                && targets.Arguments.Count == values.Arguments.Count)
            {
                for (var i = 0; i < targets.Arguments.Count; i++)
                {
                    Copy(TargetName(targets.Arguments[i].Expression), values.Arguments[i].Expression, constructor, ordinals, assigned);
                }
            }
            else
            {
                Copy(TargetName(assignment.Left), assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ? assignment.Right : null, constructor, ordinals, assigned);
            }
        }
    }

    /// <summary>Records <paramref name="name"/> as a copy of the parameter <paramref name="value"/> names; any other value replaces the copy.</summary>
    private static void Copy(string? name, ExpressionSyntax? value, IMethodSymbol constructor, Dictionary<string, int> ordinals, HashSet<string> assigned)
    {
        if (name is null)
        {
            return;
        }

        assigned.Add(name);

        if (value is not null && Ordinal(value, constructor) is { } ordinal)
        {
            ordinals[name] = ordinal;
        }
        else
        {
            ordinals.Remove(name);
        }
    }

    /// <summary>A record's copy constructor (<c>R(R original)</c>), which <c>with</c> calls, not <c>new</c>.</summary>
    private static bool IsCopyConstructor(IMethodSymbol constructor) =>
        constructor.Parameters.Length == 1
        && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type.OriginalDefinition, constructor.ContainingType.OriginalDefinition);

    private static IEnumerable<ExpressionSyntax> Expressions(BlockSyntax? body)
    {
        if (body is null)
        {
            yield break;
        }

        foreach (var statement in body.Statements)
        {
            if (statement is ExpressionStatementSyntax { Expression: var expression })
            {
                yield return expression;
            }
        }
    }

    private static string? TargetName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The ordinal of the constructor parameter <paramref name="value"/> names (through <c>?? throw</c>); null otherwise.</summary>
    private static int? Ordinal(ExpressionSyntax value, IMethodSymbol constructor)
    {
        if (value is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression, Right: ThrowExpressionSyntax } guarded)
        {
            value = guarded.Left;
        }

        if (value is IdentifierNameSyntax { Identifier.ValueText: var name })
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == name && parameter.Ordinal < 7)
                {
                    return parameter.Ordinal;
                }
            }
        }

        return null;
    }
}
