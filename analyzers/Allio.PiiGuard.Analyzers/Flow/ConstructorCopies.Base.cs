using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// What a derived type's constructor passes to its base for the properties the base copies
/// (<c>GrantApproved(Participant p, decimal amount) : base(p.Email, $"Grant of {amount}")</c>): a parameter passed as it is
/// is a copy like the constructor's own; any other value decides the property too, and holds what that value reads of
/// the arguments.
/// </summary>
internal sealed partial class ConstructorCopies
{
    private readonly BaseValues _passed;
    private readonly ConcurrentDictionary<string, MethodSummary> _passedSummaries = new();

    /// <summary>The properties of <paramref name="type"/> and its bases the constructor copies from its parameters.</summary>
    public IEnumerable<IPropertySymbol> CopiedProperties(INamedTypeSymbol type) => PropertiesNamed(type, _ordinals);

    /// <summary>
    /// The properties of <paramref name="type"/> and its bases a construction decides: those the constructor copies and
    /// those it gives the base a value for.
    /// </summary>
    public IEnumerable<IPropertySymbol> DecidedProperties(INamedTypeSymbol type)
    {
        foreach (var copied in CopiedProperties(type))
        {
            yield return copied;
        }

        foreach (var passed in PropertiesNamed(type, _passed.Values))
        {
            yield return passed;
        }
    }

    /// <summary>What each value the constructor gives the base for a property carries, read from its syntax once.</summary>
    public IEnumerable<(string Property, MethodSummary Summary)> PassedToBase(PiiFlow flow)
    {
        foreach (var pair in _passed.Values)
        {
            yield return (pair.Key, _passedSummaries.GetOrAdd(pair.Key, _ => SyntacticSummary.ComputeValue(Constructor!, pair.Value, flow)));
        }
    }

    /// <summary>
    /// True when the constructor reads parameter <paramref name="ordinal"/> only in what it gives the base for its copied
    /// properties: the argument reaches the object only through those values.
    /// </summary>
    public bool ReachesOnlyThroughBase(int ordinal) => ordinal < 64 && (_passed.OnlyThroughBase & (1UL << ordinal)) != 0;

    private static IEnumerable<IPropertySymbol> PropertiesNamed<T>(INamedTypeSymbol type, Dictionary<string, T> names)
    {
        if (names.Count == 0)
        {
            yield break;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false } property && names.ContainsKey(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    /// <summary>The values a constructor gives its base for the properties the base copies, by property name.</summary>
    private sealed class BaseValues
    {
        public static readonly BaseValues None = new(new Dictionary<string, ExpressionSyntax>(), 0);

        private BaseValues(Dictionary<string, ExpressionSyntax> values, ulong onlyThroughBase)
        {
            Values = values;
            OnlyThroughBase = onlyThroughBase;
        }

        /// <summary>Property name to the value given for it; a body assignment to the property takes it out.</summary>
        public Dictionary<string, ExpressionSyntax> Values { get; }

        /// <summary>Bits by ordinal of the parameters read only in those values.</summary>
        public ulong OnlyThroughBase { get; }

        /// <summary>
        /// Reads <c>: base(…)</c> of a constructor (or a primary constructor's base type) whose base copies its arguments;
        /// a parameter passed as it is becomes a copy in <paramref name="ordinals"/>.
        /// </summary>
        public static BaseValues Of(INamedTypeSymbol type, IMethodSymbol constructor, SyntaxNode declaration, Dictionary<string, int> ordinals)
        {
            if (BaseArguments(declaration) is not { } arguments || type.BaseType is not { } baseType || !PiiFlow.IsDeclaredInSource(baseType)
                || ConstructorCopies.Of(baseType) is not { Constructor: { } baseConstructor } baseCopies
                || baseConstructor.Parameters.Length != arguments.Count)
            {
                return None;
            }

            foreach (var argument in arguments)
            {
                if (argument.NameColon is not null || !argument.RefKindKeyword.IsKind(SyntaxKind.None))
                {
                    return None;
                }
            }

            var values = new Dictionary<string, ExpressionSyntax>();
            var passedAsValues = new HashSet<ExpressionSyntax>();
            foreach (var copy in baseCopies._ordinals)
            {
                var given = arguments[copy.Value].Expression;
                if (Ordinal(given, constructor) is { } ordinal)
                {
                    ordinals[copy.Key] = ordinal;
                }
                else
                {
                    values[copy.Key] = given;
                    passedAsValues.Add(given);
                }
            }

            return values.Count == 0 ? None : new BaseValues(values, OnlyReadIn(passedAsValues, constructor, declaration));
        }

        /// <summary>
        /// <c>: base(a, b)</c> of a constructor, or <c>class D(string a) : B(a)</c>; null for a constructor calling
        /// <c>this(…)</c> or none.
        /// </summary>
        private static SeparatedSyntaxList<ArgumentSyntax>? BaseArguments(SyntaxNode declaration) => declaration switch
        {
            ConstructorDeclarationSyntax { Initializer: { } initializer } when initializer.ThisOrBaseKeyword.IsKind(SyntaxKind.BaseKeyword)
                => initializer.ArgumentList.Arguments,
            TypeDeclarationSyntax { BaseList.Types: { Count: > 0 } types } when types[0] is PrimaryConstructorBaseTypeSyntax primary
                => primary.ArgumentList.Arguments,
            _ => null,
        };

        /// <summary>The parameters named in <paramref name="values"/> and nowhere else of the declaration.</summary>
        private static ulong OnlyReadIn(HashSet<ExpressionSyntax> values, IMethodSymbol constructor, SyntaxNode declaration)
        {
            var inValues = new HashSet<string>();
            var elsewhere = new HashSet<string>();
            foreach (var name in declaration.DescendantNodes())
            {
                if (name is IdentifierNameSyntax { Identifier.ValueText: var text })
                {
                    (InAny(name, values) ? inValues : elsewhere).Add(text);
                }
            }

            var bits = 0UL;
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Ordinal < 64 && inValues.Contains(parameter.Name) && !elsewhere.Contains(parameter.Name))
                {
                    bits |= 1UL << parameter.Ordinal;
                }
            }

            return bits;
        }

        private static bool InAny(SyntaxNode node, HashSet<ExpressionSyntax> values)
        {
            for (var current = node; current is not null; current = current.Parent)
            {
                if (current is ExpressionSyntax expression && values.Contains(expression))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
