using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Inter-procedural part of the engine: lazy, cached summaries of the methods (and property getters)
/// of the compilation, so <c>Log(ContactOf(user))</c> warns when <c>ContactOf</c> returns <c>user.Email</c>.
/// </summary>
/// <remarks>
/// An analyzer must not call <c>Compilation.GetSemanticModel</c> (RS1030: it rebinds trees the driver
/// already bound), and a compilation-end pass would lose live IDE feedback. So a summary is built in
/// one of two ways, each with its own cache so a call site's answer never depends on analysis order:
/// <list type="bullet">
/// <item>callee in the caller's syntax tree: exactly, by running the same engine over the callee's
/// operations, obtained from the caller's own <see cref="IOperation.SemanticModel"/> (the driver's model,
/// whose bindings are cached);</item>
/// <item>callee in another tree: from its syntax and symbols only (<see cref="SyntacticSummary"/>):
/// returned expressions that read marked members through parameters, <c>this</c>, or simple string
/// building. Cheaper and narrower; it misses data that travels through the callee's locals.</item>
/// </list>
/// Recursion: a method already being summarized on this query counts as clean for the inner call.
/// Virtual calls use the statically bound method's body.
/// </remarks>
internal sealed class MethodSummaries
{
    private readonly PiiFlow _flow;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _exact = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _syntactic = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<MethodSummary>> _elements = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<MethodSummary>> _syntacticElements = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(ISymbol Method, ValuePart Part), MethodSummary> _copiedElements = new(PiiFlow.MemberPartComparer.Instance);
    private readonly ConcurrentDictionary<(ISymbol Method, ValuePart Part), MethodSummary> _syntacticCopiedElements = new(PiiFlow.MemberPartComparer.Instance);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _notFactories = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, MethodSummary?> _storedLambdas = new(SymbolEqualityComparer.Default);

    /// <summary>The helpers the syntax reader is reading on this thread, against recursion (emptied as each read ends).</summary>
    [System.ThreadStatic]
    private static HashSet<IMethodSymbol>? t_syntacticInProgress;
    private readonly ConcurrentDictionary<IMethodSymbol, SyntacticFactory?> _syntacticFactories = new(SymbolEqualityComparer.Default);

    public MethodSummaries(PiiFlow flow) => _flow = flow;

    /// <summary>
    /// What a call through a delegate member of another file returns (<c>PatientMapper.SafeLabel(patient)</c>), read from the
    /// syntax of the lambda it is initialized with; null when it holds no such lambda (see <see cref="StoredDelegates.InitialLambda"/>)
    /// or is declared in the call's file, where the bound lambda is followed.
    /// </summary>
    public MethodSummary? OfStoredLambda(ISymbol member, IOperation call) =>
        member.DeclaringSyntaxReferences is not { Length: 1 } declared || declared[0].SyntaxTree == call.Syntax.SyntaxTree ? null
        : _storedLambdas.TryGetValue(member, out var known) ? known
        : _storedLambdas.GetOrAdd(member, StoredDelegates.InitialLambda(member, _flow) is var (lambda, scope)
            ? SyntacticSummary.ComputeLambda(scope, lambda, _flow)
            : null);

    /// <summary>
    /// The summary of a source method called from <paramref name="callSite"/>, or null when the method has
    /// no body in this compilation (library, abstract, extern): callers then fall back to library rules.
    /// </summary>
    public MethodSummary? Get(IMethodSymbol method, IOperation callSite, HashSet<IMethodSymbol> inProgress)
    {
        method = method.PartialImplementationPart ?? method.OriginalDefinition;
        if (method.IsAbstract || method.IsExtern || method.IsImplicitlyDeclared || method.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
        var model = callSite.SemanticModel;
        var exact = model is not null && declaration.SyntaxTree == callSite.Syntax.SyntaxTree;
        var cache = exact ? _exact : _syntactic;
        if (cache.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (!inProgress.Add(method))
        {
            return MethodSummary.Empty;
        }

        try
        {
            var summary = exact ? Summarize(method, model!.GetOperation(declaration), inProgress) : SyntacticSummary.Compute(method, declaration, _flow);
            return cache.GetOrAdd(method, summary);
        }
        finally
        {
            inProgress.Remove(method);
        }
    }

    /// <summary>
    /// What a helper returns, read from its syntax, for the syntax reader's own calls (<c>Privacy.Initials(name)</c> inside
    /// a method of another file); empty for a method without one body, or one being read on this thread (recursion).
    /// </summary>
    public MethodSummary GetSyntactic(IMethodSymbol method)
    {
        method = method.PartialImplementationPart ?? method.OriginalDefinition;
        if (_syntactic.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (method.IsAbstract || method.DeclaringSyntaxReferences.Length != 1)
        {
            return MethodSummary.Empty;
        }

        var reading = t_syntacticInProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        if (!reading.Add(method))
        {
            return MethodSummary.Empty;
        }

        try
        {
            return _syntactic.GetOrAdd(method, SyntacticSummary.Compute(method, method.DeclaringSyntaxReferences[0].GetSyntax(), _flow));
        }
        finally
        {
            reading.Remove(method);
        }
    }

    /// <summary>
    /// What <paramref name="part"/> of what a source method returns carries: an element of the tuple it returns
    /// (<c>Info(m).Count</c>, <c>var (n, c) = Info(m)</c>), exactly for a method of the caller's syntax tree, from the syntax
    /// of its returned tuple literals for one in another tree (<see cref="SyntacticSummary.ComputeElement"/>); or a member
    /// of the objects it builds (see <see cref="GetCopiedElement"/>). Null when the method returns neither or has no body
    /// (callers then read the whole value).
    /// </summary>
    public MethodSummary? GetElement(IMethodSymbol method, ValuePart part, IOperation callSite, HashSet<IMethodSymbol> inProgress)
    {
        method = method.PartialImplementationPart ?? method.OriginalDefinition;
        // A tuple, or the tuples of a collection (List<(string Nhs, string Ear)>: what each item's element holds), also
        // one an async method returns (its return statements give the collection itself).
        var tuple = method.ReturnType as INamedTypeSymbol is { IsTupleType: true } returned ? returned
            : TypeContents.Item(method.IsAsync ? PiiNameHeuristics.Awaited(method.ReturnType) : method.ReturnType) as INamedTypeSymbol;
        if (tuple is not { IsTupleType: true } || part.Kind != ValuePartKind.Element)
        {
            return GetCopiedElement(method, part, callSite, inProgress);
        }

        var index = part.Index;

        if (tuple is not { TupleElements.Length: var arity } || index >= arity
            || method.IsAbstract || method.IsExtern || method.DeclaringSyntaxReferences.IsEmpty
            || callSite.SemanticModel is not { } model)
        {
            return null;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
        var exact = declaration.SyntaxTree == callSite.Syntax.SyntaxTree;
        var cache = exact ? _elements : _syntacticElements;
        if (cache.TryGetValue(method, out var cached))
        {
            return cached[index];
        }

        if (!inProgress.Add(method))
        {
            return MethodSummary.Empty;
        }

        try
        {
            var body = exact ? model.GetOperation(declaration) : null;
            var elements = ImmutableArray.CreateBuilder<MethodSummary>(arity);
            for (var i = 0; i < arity; i++)
            {
                elements.Add(exact ? Summarize(method, body, inProgress, ValuePart.Element(i)) : SyntacticSummary.ComputeElement(method, declaration, i, _flow));
            }

            return cache.GetOrAdd(method, elements.MoveToImmutable())[index];
        }
        finally
        {
            inProgress.Remove(method);
        }
    }

    /// <summary>
    /// What a constructor's argument or an initialized member (<paramref name="part"/>) carries in the objects a method
    /// returns, alone or as a collection's items (<c>Validate(user)</c> returning <c>new Failure(…, $"{user.Email}")</c>
    /// items, <c>ToItem(u)</c> returning <c>new Item { Label = u.Email }</c>; see <see cref="ConstructorCopies"/> and
    /// <see cref="InitializedMembers"/>): exactly for a method of the caller's syntax tree, from the syntax of its returned
    /// constructions for one in another (<see cref="SyntacticSummary.ComputeCopiedPart"/>); null for another result.
    /// </summary>
    private MethodSummary? GetCopiedElement(IMethodSymbol method, ValuePart part, IOperation callSite, HashSet<IMethodSymbol> inProgress)
    {
        if (TypeContents.Item(method.ReturnType) is not INamedTypeSymbol item || !PiiFlow.IsDeclaredInSource(item)
            || (part.Kind == ValuePartKind.Element && _flow.CopiesOf(item).Constructor is null)
            || method.IsAbstract || method.IsExtern || method.DeclaringSyntaxReferences.IsEmpty
            || callSite.SemanticModel is not { } model || method.DeclaringSyntaxReferences[0].GetSyntax() is not { } declaration)
        {
            return null;
        }

        var exact = declaration.SyntaxTree == callSite.Syntax.SyntaxTree;
        var cache = exact ? _copiedElements : _syntacticCopiedElements;
        var key = ((ISymbol)method, part);
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (!inProgress.Add(method))
        {
            return MethodSummary.Empty;
        }

        try
        {
            return cache.GetOrAdd(key, exact
                ? Summarize(method, model.GetOperation(declaration), inProgress, part, traced: true)
                : SyntacticSummary.ComputeCopiedPart(method, declaration, part, item, _flow));
        }
        finally
        {
            inProgress.Remove(method);
        }
    }

    /// <summary>
    /// What <paramref name="part"/> of what <paramref name="method"/> returns carries; <paramref name="traced"/> follows the
    /// part only where it can be traced to a construction, as a caller reading a copied or initialized member does.
    /// </summary>
    private MethodSummary Summarize(IMethodSymbol method, IOperation? body, HashSet<IMethodSymbol> inProgress, ValuePart part = default, bool traced = false)
    {
        if (body is null)
        {
            return MethodSummary.Empty;
        }

        var walker = new TaintWalker(_flow, wholeObjects: false, summarizing: method, inProgress);
        foreach (var returned in ReturnedValues(body))
        {
            // An element of the result is in what is returned, not in what is written to out parameters.
            if (part.IsWhole || returned.Parent is IReturnOperation)
            {
                if (traced)
                {
                    walker.VisitTracedPart(returned, returned, part);
                }
                else
                {
                    walker.VisitPart(returned, returned, part);
                }
            }
        }

        return SummaryOf(walker);
    }

    /// <summary>The summary a walk over a method's results made: each source it met once, and the parameters reaching them.</summary>
    internal static MethodSummary SummaryOf(TaintWalker walker)
    {
        var sources = ImmutableArray.CreateBuilder<(ISymbol, PiiInfo, ITypeSymbol?)>();
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var hit in walker.Hits)
        {
            if (seen.Add(hit.Source))
            {
                sources.Add((hit.Source, hit.Pii, hit.WholeObject));
            }
        }

        return new MethodSummary(sources.ToImmutable(), walker.Parameters);
    }

    /// <summary>
    /// The constructions a factory of the caller's syntax tree returns (<c>ToPublicDto(this Claim c) =&gt; new() { … }</c>):
    /// every value it returns is a construction of a type of the compilation that decides members itself
    /// (<see cref="TaintWalker.ConstructedMembers"/>; none left blank, as the caller may fill them). Empty for any other
    /// method, one in another tree (see <see cref="SyntacticFactoryOf"/>), or one the call may dispatch to an override of.
    /// </summary>
    public ImmutableArray<IObjectCreationOperation> ConstructionsReturnedBy(IInvocationOperation call)
    {
        if (FactoryDeclaration(call) is not var (method, declaration) || declaration.SyntaxTree != call.Syntax.SyntaxTree
            || _notFactories.ContainsKey(method) || call.SemanticModel?.GetOperation(declaration) is not { } body)
        {
            return ImmutableArray<IObjectCreationOperation>.Empty;
        }

        var constructions = ImmutableArray.CreateBuilder<IObjectCreationOperation>();
        foreach (var returned in ReturnedValues(body))
        {
            if (returned.Parent is not IReturnOperation { Kind: OperationKind.Return }
                || OperationShapes.WithoutConversions(returned) is not IObjectCreationOperation creation
                || TaintWalker.ConstructedMembers(_flow, creation, read: null) is null)
            {
                _notFactories.TryAdd(method, true);
                return ImmutableArray<IObjectCreationOperation>.Empty;
            }

            constructions.Add(creation);
        }

        return constructions.ToImmutable();
    }

    /// <summary>
    /// A factory in another syntax tree than the call, read from the syntax of the constructions it returns (see
    /// <see cref="SyntacticSummary.ComputeFactory"/>); null for any other method.
    /// </summary>
    public SyntacticFactory? SyntacticFactoryOf(IInvocationOperation call)
    {
        if (FactoryDeclaration(call) is not var (method, declaration) || declaration.SyntaxTree == call.Syntax.SyntaxTree)
        {
            return null;
        }

        return _syntacticFactories.TryGetValue(method, out var known) ? known
            : _syntacticFactories.GetOrAdd(method, _ => SyntacticSummary.ComputeFactory(method, declaration, _flow));
    }

    /// <summary>True when the call's method is a factory read by its constructions, in this tree or another.</summary>
    public bool IsFactory(IInvocationOperation call) => !ConstructionsReturnedBy(call).IsEmpty || SyntacticFactoryOf(call) is not null;

    /// <summary>The declaration a call binds to, when no override can stand in for it; null otherwise.</summary>
    private static (IMethodSymbol Method, SyntaxNode Declaration)? FactoryDeclaration(IInvocationOperation call)
    {
        var method = call.TargetMethod.PartialImplementationPart ?? call.TargetMethod.OriginalDefinition;
        return method.IsAbstract || method.IsVirtual || method.IsOverride && !method.IsSealed && !method.ContainingType.IsSealed
            || method.DeclaringSyntaxReferences.Length != 1
            ? null
            : (method, method.DeclaringSyntaxReferences[0].GetSyntax());
    }

    /// <summary>
    /// The values a body returns (<c>return x;</c>, <c>=> x</c>, <c>yield return x;</c>) or writes into its <c>out</c>/<c>ref</c>
    /// parameters, not those of nested functions.
    /// </summary>
    private static IEnumerable<IOperation> ReturnedValues(IOperation body)
    {
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation != body && operation is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                continue;
            }

            if (operation is IReturnOperation { ReturnedValue: { } value })
            {
                yield return value;
            }

            // What an `out`/`ref` parameter is given comes back to the caller too.
            if (operation is IAssignmentOperation { Target: IParameterReferenceOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } } write)
            {
                yield return write.Value;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>The values an anonymous function returns (a LINQ projection's result).</summary>
    public static IEnumerable<IOperation> ReturnedValuesOf(IAnonymousFunctionOperation function) => ReturnedValues(function.Body);

    /// <summary>
    /// What a method group of the caller's syntax tree returns (<c>Select(Mapper.ToItem)</c>), read from its body through the
    /// caller's semantic model; null for a method elsewhere, without a body, or another argument.
    /// </summary>
    public static IEnumerable<IOperation>? ReturnedValuesOfGroup(IOperation argument, IOperation callSite)
    {
        if (OperationShapes.WithoutConversions(argument) is not IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: var method } }
            || method.DeclaringSyntaxReferences.Length != 1 || method.IsAbstract
            || method.DeclaringSyntaxReferences[0].GetSyntax() is not { } declaration || declaration.SyntaxTree != callSite.Syntax.SyntaxTree
            || callSite.SemanticModel?.GetOperation(declaration) is not { } body)
        {
            return null;
        }

        return ReturnedValues(body);
    }
}
