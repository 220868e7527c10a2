using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Raising an event of the compilation (<c>Changed?.Invoke(this, m.Email)</c>) calls the handlers subscribed to it: the
/// methods added with <c>+=</c> in the raising file (<c>Changed += OnChanged</c>), read like any method of the compilation.
/// </summary>
internal static class EventHandlers
{
    /// <summary>The event a delegate invocation raises, when it is an event of the compilation; else null.</summary>
    public static IEventSymbol? RaisedEvent(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke || invocation.Instance is not { } target)
        {
            return null;
        }

        if (target is IConditionalAccessInstanceOperation)
        {
            for (var current = invocation.Parent; current is not null; current = current.Parent)
            {
                if (current is IConditionalAccessOperation access)
                {
                    target = access.Operation;
                    break;
                }
            }
        }

        return target is IEventReferenceOperation { Event: { DeclaringSyntaxReferences.IsEmpty: false } raised } ? raised : null;
    }

    /// <summary>The methods subscribed to <paramref name="raised"/> with <c>+=</c> in the file of <paramref name="site"/>.</summary>
    public static IEnumerable<IMethodSymbol> SubscribedIn(IEventSymbol raised, IOperation site)
    {
        if (site.SemanticModel is not { } model)
        {
            yield break;
        }

        foreach (var node in site.Syntax.SyntaxTree.GetRoot().DescendantNodes())
        {
            // Names are compared first: binding is paid only for `+=` on a member of the event's name.
            if (node is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression, Left: var left } assignment
                && LastName(left) == raised.Name
                && model.GetOperation(assignment) is IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation reference, HandlerValue: var handler }
                && SymbolEqualityComparer.Default.Equals(reference.Event.OriginalDefinition, raised.OriginalDefinition))
            {
                while (handler is IConversionOperation conversion)
                {
                    handler = conversion.Operand;
                }

                if (handler is IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: var method } })
                {
                    yield return method;
                }
            }
        }
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
