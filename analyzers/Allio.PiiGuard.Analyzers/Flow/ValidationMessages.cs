using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The members of a value that FluentValidation's verdict on it repeats: those a validator of the compilation for that
/// type (<c>class WalkerSignupValidator : AbstractValidator&lt;WalkerSignupRequest&gt;</c>) builds a message from
/// (<c>.WithMessage(x => $"{x.Mobile} is not a valid mobile number")</c>), or whose rule's message names the checked
/// value (<c>RuleFor(x => x.Mobile)….WithMessage("{PropertyValue} is not valid")</c>). The library's own messages name
/// the property and the rule, never the value.
/// </summary>
internal sealed class ValidationMessages
{
    private readonly PiiFlow _flow;
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<ISymbol>> _echoed = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<ISymbol>> _checked = new(SymbolEqualityComparer.Default);

    public ValidationMessages(PiiFlow flow) => _flow = flow;

    /// <summary>The members of <paramref name="validated"/> a validator of it puts into a message; empty when none does.</summary>
    public ImmutableArray<ISymbol> Echoed(ITypeSymbol validated) =>
        _echoed.TryGetValue(validated, out var known) ? known : _echoed.GetOrAdd(validated, Find(validated, echoedOnly: true));

    /// <summary>
    /// The members of <paramref name="validated"/> a validator of it has a rule for (<c>RuleFor(x => x.Email)</c>): what a
    /// failure's <c>AttemptedValue</c> holds, written whole with the failures.
    /// </summary>
    public ImmutableArray<ISymbol> Checked(ITypeSymbol validated) =>
        _checked.TryGetValue(validated, out var known) ? known : _checked.GetOrAdd(validated, Find(validated, echoedOnly: false));

    private ImmutableArray<ISymbol> Find(ITypeSymbol validated, bool echoedOnly)
    {
        var names = new HashSet<string>();
        foreach (var (declaration, type) in _flow.Implementations.Naming("AbstractValidator"))
        {
            if (type.BaseType is not { Name: "AbstractValidator", TypeArguments.Length: 1 } validator
                || !SymbolEqualityComparer.Default.Equals(validator.TypeArguments[0], validated))
            {
                continue;
            }

            foreach (var call in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (echoedOnly && call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithMessage" } message)
                {
                    AddEchoed(message, call.ArgumentList, names);
                }
                else if (!echoedOnly && RuleOf(call) is { } checkedMember)
                {
                    names.Add(checkedMember);
                }
            }
        }

        return names.SelectMany(name => validated.GetMembers(name)).Where(member => member is IPropertySymbol or IFieldSymbol).ToImmutableArray();
    }

    /// <summary>What one <c>WithMessage</c> repeats: the members its lambda reads of the instance, or its rule's value.</summary>
    private static void AddEchoed(MemberAccessExpressionSyntax message, ArgumentListSyntax arguments, HashSet<string> names)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Expression is SimpleLambdaExpressionSyntax { Parameter.Identifier.ValueText: var instance } lambda)
            {
                foreach (var read in lambda.Body.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>())
                {
                    if (read.Expression is IdentifierNameSyntax { Identifier.ValueText: var receiver } && receiver == instance)
                    {
                        names.Add(read.Name.Identifier.ValueText);
                    }
                }
            }
            else if (argument.Expression.DescendantTokens().Any(token => token.ValueText.Contains("{PropertyValue}"))
                && RuleOf(message.Expression) is { } checkedMember)
            {
                names.Add(checkedMember);
            }
        }
    }

    /// <summary>The member a chain of rule calls starts from (<c>RuleFor(x => x.Mobile).Matches(…)</c>: <c>Mobile</c>), or null.</summary>
    private static string? RuleOf(ExpressionSyntax chain)
    {
        while (chain is InvocationExpressionSyntax call)
        {
            if (call.Expression is IdentifierNameSyntax { Identifier.ValueText: "RuleFor" }
                && call.ArgumentList.Arguments.FirstOrDefault()?.Expression is SimpleLambdaExpressionSyntax { Body: MemberAccessExpressionSyntax selected })
            {
                return selected.Name.Identifier.ValueText;
            }

            chain = call.Expression is MemberAccessExpressionSyntax step ? step.Expression : null!;
        }

        return null;
    }
}
