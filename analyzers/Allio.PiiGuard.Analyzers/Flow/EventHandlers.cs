using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Raising an event of the compilation (<c>Changed?.Invoke(this, m.Email)</c>) calls the handlers subscribed to it with
/// <c>+=</c>: in the raising file, methods (<c>Changed += OnChanged</c>) and lambdas (<c>Changed += (s, e) =&gt; …</c>), bound
/// exactly; in the compilation's other files, methods of the subscribing type named by the handler
/// (<c>profile.Changed += OnChanged</c>), found from syntax once per event.
/// </summary>
internal sealed class EventHandlers
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IEventSymbol, ImmutableArray<(IMethodSymbol Method, SyntaxTree Tree)>> _bySyntax = new(SymbolEqualityComparer.Default);

    public EventHandlers(Compilation compilation) => _compilation = compilation;

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

    /// <summary>
    /// The handlers subscribed to <paramref name="raised"/>: a lambda's function, or a method (with no function). Those of the
    /// file of <paramref name="site"/> are bound; those of other files are read from syntax.
    /// </summary>
    public IEnumerable<(IMethodSymbol Method, IAnonymousFunctionOperation? Lambda)> Of(IEventSymbol raised, IOperation site)
    {
        foreach (var handler in SubscribedIn(raised, site))
        {
            yield return handler;
        }

        foreach (var (method, tree) in _bySyntax.GetOrAdd(raised, SubscribedBySyntax))
        {
            if (tree != site.Syntax.SyntaxTree)
            {
                yield return (method, null);
            }
        }
    }

    private static IEnumerable<(IMethodSymbol, IAnonymousFunctionOperation?)> SubscribedIn(IEventSymbol raised, IOperation site)
    {
        if (site.SemanticModel is not { } model)
        {
            yield break;
        }

        foreach (var assignment in Subscriptions(site.Syntax.SyntaxTree, raised.Name))
        {
            // Binding is paid only for `+=` on a member of the event's name.
            if (model.GetOperation(assignment) is IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation reference, HandlerValue: var handler }
                && SymbolEqualityComparer.Default.Equals(reference.Event.OriginalDefinition, raised.OriginalDefinition))
            {
                while (handler is IConversionOperation conversion)
                {
                    handler = conversion.Operand;
                }

                switch (handler)
                {
                    case IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: var method } }:
                        yield return (method, null);
                        break;
                    case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                        yield return (lambda.Symbol, lambda);
                        break;
                }
            }
        }
    }

    /// <summary>
    /// Methods subscribed by name (<c>OnChanged</c>, <c>this.OnChanged</c>) to a member of the event's name, in any file:
    /// the subscribing type's methods of that name taking as many parameters as the event's delegate.
    /// </summary>
    private ImmutableArray<(IMethodSymbol, SyntaxTree)> SubscribedBySyntax(IEventSymbol raised)
    {
        var arity = (raised.Type as INamedTypeSymbol)?.DelegateInvokeMethod?.Parameters.Length;
        var found = ImmutableArray.CreateBuilder<(IMethodSymbol, SyntaxTree)>();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            foreach (var assignment in Subscriptions(tree, raised.Name))
            {
                var name = assignment.Right switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var member } => member.Identifier.ValueText,
                    _ => null,
                };
                if (name is null || assignment.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration
                    || DeclaredType(declaration) is not { } subscriber)
                {
                    continue;
                }

                foreach (var method in subscriber.GetMembers(name).OfType<IMethodSymbol>())
                {
                    if (method.Parameters.Length == arity)
                    {
                        found.Add((method, tree));
                    }
                }
            }
        }

        return found.ToImmutable();
    }

    private static IEnumerable<AssignmentExpressionSyntax> Subscriptions(SyntaxTree tree, string eventName)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression, Left: var left } assignment && LastName(left) == eventName)
            {
                yield return assignment;
            }
        }
    }

    /// <summary>The type a declaration declares, by its metadata name (namespaces, then nested types with <c>+</c>).</summary>
    private INamedTypeSymbol? DeclaredType(TypeDeclarationSyntax declaration)
    {
        var types = new List<string>();
        var spaces = new List<string>();
        foreach (var node in declaration.AncestorsAndSelf())
        {
            switch (node)
            {
                case TypeDeclarationSyntax type:
                    types.Insert(0, type.TypeParameterList is { Parameters.Count: var count } ? type.Identifier.ValueText + "`" + count : type.Identifier.ValueText);
                    break;
                case BaseNamespaceDeclarationSyntax space:
                    spaces.Insert(0, space.Name.ToString());
                    break;
            }
        }

        var name = string.Join("+", types);
        return _compilation.GetTypeByMetadataName(spaces.Count == 0 ? name : string.Join(".", spaces) + "." + name);
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
