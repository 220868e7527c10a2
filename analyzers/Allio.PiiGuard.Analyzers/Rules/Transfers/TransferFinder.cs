using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Analyzers.PolicyAccess;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Rules.Transfers;

/// <summary>
/// Finds the transfers PII003 and PII004 judge: personal data (whole objects included) passed to a parameter,
/// a method or a type marked <c>[PiiRecipient("id")]</c>, to a well-known SaaS SDK (<see cref="KnownRecipientTable"/>),
/// or sent by <c>HttpClient</c> to a literal host that the policy or the catalog maps to a recipient.
/// </summary>
/// <remarks>
/// PII003 and PII004 judge the same transfers: one finder serves both rules of a compilation, and each call's
/// transfers are found once, whichever rule asks first.
/// </remarks>
internal sealed class TransferFinder
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<TransferFinder?>> Shared = new();

    private readonly PolicyContext _policy;
    private readonly PiiFlow _flow;
    private readonly SinkSet? _httpCalls;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodFacts> _methods = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, TypeFacts> _types = new(SymbolEqualityComparer.Default);

    private TransferFinder(PolicyContext policy, PiiFlow flow, SinkSet? httpCalls)
    {
        _policy = policy;
        _flow = flow;
        _httpCalls = httpCalls;
    }

    /// <summary>
    /// Registers <paramref name="onTransfer"/> for every transfer in the compilation. Registers nothing without a
    /// readable policy (PII009 reports that), or when the compilation can name no recipient at all.
    /// </summary>
    public static void Register(CompilationStartAnalysisContext context, Action<OperationAnalysisContext, PolicyContext, Transfer> onTransfer)
    {
        var policy = PolicyContext.Get(context.Options, context.CancellationToken);
        if (policy.Policy is null)
        {
            return;
        }

        // The second rule of the compilation finds the first one's finder, or its answer that there is nothing to find.
        var options = context.Options;
        var shared = Shared.GetValue(context.Compilation, compilation => new StrongBox<TransferFinder?>(Create(compilation, options, policy)));
        if (shared.Value is not { } finder)
        {
            return;
        }

        if (!ReferenceEquals(finder._policy, policy))
        {
            // The same compilation analysed with other options (another policy file): not shared.
            finder = new TransferFinder(policy, finder._flow, finder._httpCalls);
        }

        context.RegisterOperationAction(
            c =>
            {
                if (finder.Find(c.Operation, c.ContainingSymbol) is not { } transfers)
                {
                    return;
                }

                foreach (var transfer in transfers)
                {
                    onTransfer(c, policy, transfer);
                }
            },
            OperationKind.Invocation,
            OperationKind.ObjectCreation);
    }

    /// <summary>The finder of a compilation, or null when it can name no recipient at all or hold no personal data.</summary>
    private static TransferFinder? Create(Compilation compilation, AnalyzerOptions options, PolicyContext policy)
    {
        var httpCalls = SinkSet.Resolve(compilation, SinkKind.Transfer);
        var hasMarks = compilation.GetTypeByMetadataName(WellKnownNames.PiiRecipientAttribute) is not null;
        return (!hasMarks && httpCalls is null && !ReferencesKnownSdk(compilation)) || PiiFlow.For(compilation, options) is not { } flow
            ? null
            : new TransferFinder(policy, flow, httpCalls);
    }

    /// <summary>The transfers one call or construction makes, or null (the common case, decided from cached facts of the method).</summary>
    private List<Transfer>? Find(IOperation operation, ISymbol containingSymbol)
    {
        var (method, arguments) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, default),
        };

        if (method is null)
        {
            return null;
        }

        // A parameter's own mark decides for its argument; the method's (or its type's) mark for the rest,
        // except inside the recipient's own type, whose calls are the plumbing of one transfer already reported.
        var original = method.OriginalDefinition;
        var facts = _methods.TryGetValue(original, out var known) ? known : _methods.GetOrAdd(original, Facts);
        var wholeCall = facts.Target is null || SymbolEqualityComparer.Default.Equals(containingSymbol.ContainingType, method.ContainingType)
            ? null
            : facts.Target;
        SinkName? httpSink = null;
        if (wholeCall is null && operation is IInvocationOperation call && _httpCalls?.MatchCall(call) is { } match)
        {
            httpSink = match.Name;
            wholeCall = UrlHosts.OfCall(call) is { } host ? HostTarget(host) : null;
        }

        if (wholeCall is null && !facts.HasMarkedParameters)
        {
            return null;
        }

        // A call that may send data: its taint is followed once, for both rules.
        var block = OperationBlock.Of(operation).Answers<List<Transfer>?>(this);
        return block.TryGetValue(operation, out var found) ? found
            : block.GetOrAdd(operation, Collect(method, arguments, facts, wholeCall, httpSink, operation));
    }

    private List<Transfer>? Collect(
        IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, MethodFacts facts, TransferTarget? wholeCall, SinkName? httpSink, IOperation operation)
    {
        var sink = new SinkName(method.ContainingType.Name, ".", method.MethodKind == MethodKind.Constructor ? "ctor" : method.Name);
        var skipReceiver = method.IsExtensionMethod && operation is IInvocationOperation { Instance: null };
        List<Transfer>? transfers = null;
        List<IOperation>? rest = null;
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || (skipReceiver && argument.Parameter?.Ordinal == 0))
            {
                continue;
            }

            if (facts.HasMarkedParameters && argument.Parameter is { } parameter && PolicyMarks.RecipientOf(parameter) is { } id)
            {
                if (Sent(Target(id, known: null), sink, [argument.Value]) is { } transfer)
                {
                    (transfers ??= []).Add(transfer);
                }
            }
            else if (wholeCall is not null)
            {
                (rest ??= []).Add(argument.Value);
            }
        }

        if (wholeCall is not null && rest is not null && Sent(wholeCall, httpSink ?? sink, rest) is { } sent)
        {
            (transfers ??= []).Add(sent);
        }

        return transfers;
    }

    /// <summary>The transfer of <paramref name="values"/>, or null when none of them holds personal data.</summary>
    private Transfer? Sent(TransferTarget target, SinkName sink, IReadOnlyList<IOperation> values)
    {
        var data = new List<TransferredDatum>();
        foreach (var value in values)
        {
            foreach (var hit in _flow.GetTaintIncludingWholeObjects(value).Hits)
            {
                if (hit.WholeObject is null)
                {
                    data.Add(new TransferredDatum(hit));
                    continue;
                }

                // A whole object sends every personal member it has: each is checked against the recipient.
                foreach (var (member, pii) in _flow.GetPiiMembers(hit.WholeObject))
                {
                    data.Add(new TransferredDatum(hit with { Source = member, Pii = pii }));
                }
            }
        }

        return data.Count == 0 ? null : new Transfer(target, sink.Text, data);
    }

    /// <summary>
    /// What a method's declaration says about transfers: the target of every argument (its own mark, an overridden
    /// one's, its type's, or its SDK's vendor) and whether any of its parameters names a recipient of its own.
    /// </summary>
    private MethodFacts Facts(IMethodSymbol method)
    {
        var hasMarkedParameters = false;
        foreach (var parameter in (method.ReducedFrom ?? method).Parameters)
        {
            hasMarkedParameters |= PolicyMarks.RecipientOf(parameter) is not null;
        }

        var target = MarkedRecipient(method) is { } id ? Target(id, known: null)
            : method.ContainingType is { } type ? (_types.TryGetValue(type, out var known) ? known : _types.GetOrAdd(type, TypeFactsOf)).Target
            : null;
        return new MethodFacts(target, hasMarkedParameters);
    }

    /// <summary>A method's own mark, or an overridden one's.</summary>
    private static string? MarkedRecipient(IMethodSymbol method)
    {
        for (var current = method.ReducedFrom ?? method; current is not null; current = current.OverriddenMethod)
        {
            if (PolicyMarks.RecipientOf(current) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// The target every method of <paramref name="owner"/> without a mark of its own has: the mark of the type, a base
    /// or an interface, else its SDK's vendor. Asked once per type, not once per method called on it.
    /// </summary>
    private TypeFacts TypeFactsOf(INamedTypeSymbol owner)
    {
        for (var type = owner; type is not null; type = type.BaseType)
        {
            if (PolicyMarks.RecipientOf(type) is { } id)
            {
                return new TypeFacts(Target(id, known: null));
            }
        }

        foreach (var contract in owner.AllInterfaces)
        {
            if (PolicyMarks.RecipientOf(contract) is { } id)
            {
                return new TypeFacts(Target(id, known: null));
            }
        }

        return new TypeFacts(KnownRecipientTable.ByNamespace(owner.OriginalDefinition.ContainingNamespace?.ToDisplayString() ?? string.Empty) is { } known
            ? Target(known.Id, known)
            : null);
    }

    private TransferTarget? HostTarget(string host)
    {
        if (_policy.FindRecipientByHost(host) is { } declared)
        {
            return new TransferTarget(declared.Id, declared, null);
        }

        return KnownRecipientTable.ByHost(host) is { } known ? Target(known.Id, known) : null;
    }

    /// <summary>The policy's recipient wins over the catalog's vendor with the same id.</summary>
    private TransferTarget Target(string id, KnownRecipient? known)
    {
        var declared = _policy.FindRecipient(id);
        if (declared is null && known is null)
        {
            known = FindKnown(id);
        }

        return new TransferTarget(id, declared, known);
    }

    private static KnownRecipient? FindKnown(string id)
    {
        foreach (var known in KnownRecipientTable.Rows)
        {
            if (known.Id == id)
            {
                return known;
            }
        }

        return null;
    }

    private static INamespaceSymbol? NamespaceNamed(INamespaceSymbol parent, string name)
    {
        foreach (var member in parent.GetMembers(name))
        {
            if (member is INamespaceSymbol ns)
            {
                return ns;
            }
        }

        return null;
    }

    /// <summary>True when the compilation references an assembly in one of the catalog's namespaces.</summary>
    private static bool ReferencesKnownSdk(Compilation compilation)
    {
        foreach (var known in KnownRecipientTable.Rows)
        {
            foreach (var root in known.Namespaces)
            {
                var ns = compilation.GlobalNamespace;
                foreach (var part in root.Split('.'))
                {
                    ns = ns is null ? null : NamespaceNamed(ns, part);
                }

                if (ns is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed record MethodFacts(TransferTarget? Target, bool HasMarkedParameters);

    private sealed record TypeFacts(TransferTarget? Target);
}
