using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Raising an event of the compilation (<c>Changed?.Invoke(this, m.Email)</c>) calls the handlers subscribed to it with
/// <c>+=</c>: in the raising file, methods (<c>Changed += OnChanged</c>) and lambdas (<c>Changed += (s, e) =&gt; …</c>), bound
/// exactly; in the compilation's other files, methods of the subscribing type named by the handler
/// (<c>profile.Changed += OnChanged</c>) and lambdas, read from syntax once per event.
/// </summary>
/// <remarks>
/// One per compilation. The <c>+=</c> statements of a file are indexed by the name they subscribe to the first time an
/// event is raised with personal data (a compilation whose events carry none never pays for it), and the index is kept
/// with the file: an edit makes a new compilation but keeps the other files' trees, so only the edited file is read again.
/// </remarks>
internal sealed class EventHandlers
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IEventSymbol, ImmutableArray<Subscription>> _bySyntax = new(SymbolEqualityComparer.Default);
    private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, List<AssignmentExpressionSyntax>>> Indexes = new();

    private static readonly ImmutableArray<string> AddAssignment = ["+="];

    private static readonly Dictionary<string, List<AssignmentExpressionSyntax>> NoSubscriptions = new();

    private readonly ConcurrentDictionary<string, IReadOnlyList<AssignmentExpressionSyntax>> _subscriptions = new();

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
    /// The handlers subscribed to <paramref name="raised"/>. Those of the file of <paramref name="site"/> are bound; those of
    /// other files are read from syntax.
    /// </summary>
    public IEnumerable<Subscription> Of(IEventSymbol raised, IOperation site)
    {
        foreach (var handler in SubscribedIn(raised, site))
        {
            yield return handler;
        }

        foreach (var handler in _bySyntax.GetOrAdd(raised, SubscribedBySyntax))
        {
            if (handler.Tree != site.Syntax.SyntaxTree)
            {
                yield return handler;
            }
        }
    }

    private IEnumerable<Subscription> SubscribedIn(IEventSymbol raised, IOperation site)
    {
        if (site.SemanticModel is not { } model)
        {
            yield break;
        }

        foreach (var assignment in Subscriptions(raised.Name))
        {
            // Binding is paid only for `+=` on a member of the event's name, in the raising file.
            if (assignment.SyntaxTree == site.Syntax.SyntaxTree
                && model.GetOperation(assignment) is IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation reference, HandlerValue: var handler }
                && SymbolEqualityComparer.Default.Equals(reference.Event.OriginalDefinition, raised.OriginalDefinition))
            {
                while (handler is IConversionOperation conversion)
                {
                    handler = conversion.Operand;
                }

                switch (handler)
                {
                    case IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: var method } }:
                        yield return new Subscription(method, assignment.SyntaxTree);
                        break;
                    case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                        yield return new Subscription(lambda.Symbol, assignment.SyntaxTree) { Lambda = lambda };
                        break;
                }
            }
        }
    }

    /// <summary>
    /// Handlers subscribed in any file to a member of the event's name, on a receiver that may hold the event: methods
    /// named plainly (<c>OnChanged</c>, <c>this.OnChanged</c>) — the subscribing type's methods of that name taking as many
    /// parameters as the event's delegate — and lambdas taking that many parameters.
    /// </summary>
    private ImmutableArray<Subscription> SubscribedBySyntax(IEventSymbol raised)
    {
        if ((raised.Type as INamedTypeSymbol)?.DelegateInvokeMethod is not { } invoke)
        {
            return ImmutableArray<Subscription>.Empty;
        }

        var arity = invoke.Parameters.Length;
        var found = ImmutableArray.CreateBuilder<Subscription>();
        foreach (var assignment in Subscriptions(raised.Name))
        {
            if (assignment.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration || DeclaredTypes.Of(declaration, _compilation) is not { } subscriber)
            {
                continue;
            }

            var enclosing = FieldStores.EnclosingMethod(assignment, FieldStores.MethodsByDeclaration(subscriber));
            if (!MayHold(raised, assignment.Left, enclosing is null ? null : SyntacticScope.Of(enclosing), subscriber))
            {
                continue;
            }

            switch (assignment.Right)
            {
                case AnonymousFunctionExpressionSyntax lambda when Parameters(lambda) is { } names && names.Length == arity:
                    found.Add(new Subscription(invoke, assignment.SyntaxTree)
                    {
                        LambdaSyntax = lambda,
                        Scope = SyntacticScope.OfLambda(invoke, names, subscriber, enclosing),
                    });
                    break;
                case IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }:
                    var name = ((SimpleNameSyntax)(assignment.Right is MemberAccessExpressionSyntax access ? access.Name : assignment.Right)).Identifier.ValueText;
                    foreach (var method in subscriber.GetMembers(name).OfType<IMethodSymbol>())
                    {
                        if (method.Parameters.Length == arity)
                        {
                            found.Add(new Subscription(method, assignment.SyntaxTree));
                        }
                    }

                    break;
            }
        }

        return found.ToImmutable();
    }

    /// <summary>
    /// False when the receiver subscribed to (<c>profile</c> in <c>profile.Changed</c>, the subscribing type itself for a plain
    /// <c>Changed</c>) is known and holds no such event; true when it does or cannot be resolved from syntax.
    /// </summary>
    private bool MayHold(IEventSymbol raised, ExpressionSyntax subscribed, SyntacticScope? scope, INamedTypeSymbol subscriber)
    {
        var receiver = subscribed switch
        {
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } => subscriber,
            MemberAccessExpressionSyntax access => scope is null ? null : SyntacticSummary.TypeOf(scope, access.Expression, _compilation),
            _ => subscriber,
        };
        if (receiver is null)
        {
            return true;
        }

        var owner = raised.ContainingType.OriginalDefinition;
        if (receiver.TypeKind == TypeKind.Interface)
        {
            return owner.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, receiver.OriginalDefinition));
        }

        for (var type = receiver; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, owner))
            {
                return true;
            }
        }

        // A type deriving from the receiver's may raise it (a base reference to a derived instance).
        for (var type = owner.BaseType; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, receiver.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<string>? Parameters(AnonymousFunctionExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => ImmutableArray.Create(simple.Parameter.Identifier.ValueText),
        ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters.Select(p => p.Identifier.ValueText).ToImmutableArray(),
        AnonymousMethodExpressionSyntax { ParameterList: { } list } => list.Parameters.Select(p => p.Identifier.ValueText).ToImmutableArray(),
        _ => null,
    };

    /// <summary>The <c>+=</c> assignments of the compilation to a member named <paramref name="eventName"/>, from the files' indexes.</summary>
    private IReadOnlyList<AssignmentExpressionSyntax> Subscriptions(string eventName) =>
        _subscriptions.TryGetValue(eventName, out var known) ? known : _subscriptions.GetOrAdd(eventName, Collect);

    private IReadOnlyList<AssignmentExpressionSyntax> Collect(string eventName)
    {
        var found = new List<AssignmentExpressionSyntax>();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (Indexes.GetValue(tree, IndexOf).TryGetValue(eventName, out var assignments))
            {
                found.AddRange(assignments);
            }
        }

        return found;
    }

    private static Dictionary<string, List<AssignmentExpressionSyntax>> IndexOf(SyntaxTree tree)
    {
        if (!TextSearch.ContainsAny(tree.GetText(), AddAssignment))
        {
            return NoSubscriptions;
        }

        var index = new Dictionary<string, List<AssignmentExpressionSyntax>>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression, Left: var left } assignment && LastName(left) is { } name)
            {
                if (!index.TryGetValue(name, out var list))
                {
                    index[name] = list = new List<AssignmentExpressionSyntax>();
                }

                list.Add(assignment);
            }
        }

        return index;
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}

/// <summary>
/// A handler subscribed to an event: a method, a lambda bound in the raising file (<see cref="Lambda"/>), or a lambda of
/// another file read from syntax (<see cref="LambdaSyntax"/> in <see cref="Scope"/>, with <see cref="Method"/> the delegate's
/// <c>Invoke</c>).
/// </summary>
internal readonly record struct Subscription(IMethodSymbol Method, SyntaxTree Tree)
{
    public IAnonymousFunctionOperation? Lambda { get; init; }

    public AnonymousFunctionExpressionSyntax? LambdaSyntax { get; init; }

    public SyntacticScope? Scope { get; init; }
}
