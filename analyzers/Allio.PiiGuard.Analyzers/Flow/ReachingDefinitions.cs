using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Which writes of a local or parameter can reach each read of it: reaching definitions over the block's
/// <see cref="ControlFlowGraph"/>, so an overwrite (<c>s = "anonymous"</c>) hides what was stored before, while
/// branches merge and loops iterate to a fixed point.
/// </summary>
/// <remarks>
/// The graph is a lowered copy of the block, so writes and reads are matched to the original tree by their
/// syntax: a write is known by the span of its syntax (an assignment, a declarator, a call with an <c>out</c>
/// argument), and a stored value reaches when the span of a reaching write contains it. Anything the graph
/// does not show — values stored in ways it lowers differently — is answered "reaches", so the analysis never
/// becomes less safe than the flow-insensitive one. A lambda's or a local function's body has a graph of its own,
/// built when a read inside it is first asked about: its own locals and parameters are answered there; a local it
/// captures, written outside it, still "reaches".
/// Exception handlers and <c>finally</c> blocks see every write of their <c>try</c> block.
/// </remarks>
internal sealed class ReachingDefinitions
{
    private readonly List<Definition> _definitions = new();
    private readonly Dictionary<ISymbol, List<int>> _definitionsOf = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<TextSpan, ulong[]> _reachingAtRead = new();
    private readonly Dictionary<CaptureId, ISymbol?> _captured = new();
    private ControlFlowGraph? _graph;
    private List<(TextSpan Span, ReachingDefinitions Definitions)>? _nested;
    private int _words;

    private ReachingDefinitions()
    {
    }

    /// <summary>The definitions of a block, or null when its kind has no control-flow graph.</summary>
    public static ReachingDefinitions? Build(IOperation root)
    {
        if (root.Parent is not null || root.SemanticModel is null)
        {
            return null;
        }

        var graph = root switch
        {
            IMethodBodyOperation body => ControlFlowGraph.Create(body),
            IConstructorBodyOperation body => ControlFlowGraph.Create(body),
            IBlockOperation block => ControlFlowGraph.Create(block),
            IFieldInitializerOperation initializer => ControlFlowGraph.Create(initializer),
            IPropertyInitializerOperation initializer => ControlFlowGraph.Create(initializer),
            IParameterInitializerOperation initializer => ControlFlowGraph.Create(initializer),
            _ => null,
        };
        if (graph is null)
        {
            return null;
        }

        return Of(graph);
    }

    private static ReachingDefinitions Of(ControlFlowGraph graph)
    {
        var result = new ReachingDefinitions { _graph = graph };
        result.Analyze(graph);
        return result;
    }

    /// <summary>The definitions of the lambda or local function whose body holds <paramref name="reference"/>, if any.</summary>
    private ReachingDefinitions? NestedAt(IOperation reference)
    {
        var nested = _nested;
        if (nested is null)
        {
            nested = NestedGraphs();
            System.Threading.Interlocked.CompareExchange(ref _nested, nested, null);
            nested = _nested!;
        }

        var span = reference.Syntax.Span;
        foreach (var (functionSpan, definitions) in nested)
        {
            if (functionSpan.Contains(span))
            {
                return definitions;
            }
        }

        return null;
    }

    /// <summary>The graphs of the local functions and lambdas this graph declares, each analysed alone.</summary>
    private List<(TextSpan, ReachingDefinitions)> NestedGraphs()
    {
        var nested = new List<(TextSpan, ReachingDefinitions)>();
        if (_graph is not { } graph)
        {
            return nested;
        }

        foreach (var function in graph.LocalFunctions)
        {
            if (function.DeclaringSyntaxReferences.Length > 0)
            {
                nested.Add((function.DeclaringSyntaxReferences[0].Span, Of(graph.GetLocalFunctionControlFlowGraph(function))));
            }
        }

        foreach (var block in graph.Blocks)
        {
            foreach (var operation in block.Operations)
            {
                foreach (var node in operation.DescendantsAndSelf())
                {
                    if (node is IFlowAnonymousFunctionOperation lambda)
                    {
                        nested.Add((lambda.Syntax.Span, Of(graph.GetAnonymousFunctionControlFlowGraph(lambda))));
                    }
                }
            }
        }

        return nested;
    }

    /// <summary>
    /// False only when the graph shows that no write whose syntax contains <paramref name="value"/> reaches the
    /// read <paramref name="reference"/> of <paramref name="symbol"/>.
    /// </summary>
    public bool Reaches(ISymbol symbol, IOperation reference, IOperation value)
    {
        if (!_reachingAtRead.TryGetValue(reference.Syntax.Span, out var reaching))
        {
            return NestedAt(reference) is not { } nested || nested.Reaches(symbol, reference, value);
        }

        if (!_definitionsOf.TryGetValue(symbol, out var indexes))
        {
            return true;
        }

        var span = value.Syntax.Span;
        var matched = false;
        foreach (var index in indexes)
        {
            var definition = _definitions[index];
            if (!definition.IsEntry && definition.Site.Contains(span))
            {
                if (IsSet(reaching, index))
                {
                    return true;
                }

                matched = true;
            }
        }

        return !matched;
    }

    /// <summary>False only when every path to <paramref name="reference"/> overwrites the parameter's incoming value.</summary>
    public bool EntryReaches(IParameterSymbol parameter, IOperation reference)
    {
        if (!_reachingAtRead.TryGetValue(reference.Syntax.Span, out var reaching))
        {
            return NestedAt(reference) is not { } nested || nested.EntryReaches(parameter, reference);
        }

        if (!_definitionsOf.TryGetValue(parameter, out var indexes))
        {
            return true;
        }

        foreach (var index in indexes)
        {
            if (_definitions[index].IsEntry)
            {
                return IsSet(reaching, index);
            }
        }

        return true;
    }

    private void Analyze(ControlFlowGraph graph)
    {
        var blocks = graph.Blocks;

        // The graph spills an assignment's target into a capture (c = x ? a : b): know which local each one holds.
        foreach (var block in blocks)
        {
            foreach (var operation in block.Operations)
            {
                if (operation is IFlowCaptureOperation capture)
                {
                    var symbol = Symbol(capture.Value);
                    _captured[capture.Id] = _captured.TryGetValue(capture.Id, out var known) && !SymbolEqualityComparer.Default.Equals(known, symbol) ? null : symbol;
                }
            }
        }

        var events = new List<Event>[blocks.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            events[i] = new List<Event>();
            foreach (var operation in blocks[i].Operations)
            {
                Collect(operation, events[i]);
            }

            if (blocks[i].BranchValue is { } branch)
            {
                Collect(branch, events[i]);
            }
        }

        _words = (_definitions.Count + 63) / 64;
        var entry = new ulong[_words];
        for (var i = 0; i < _definitions.Count; i++)
        {
            if (_definitions[i].IsEntry)
            {
                Set(entry, i);
            }
        }

        var inputs = new ulong[blocks.Length][];
        var outputs = new ulong[blocks.Length][];
        for (var i = 0; i < blocks.Length; i++)
        {
            inputs[i] = new ulong[_words];
            outputs[i] = new ulong[_words];
        }

        // Iterate to a fixed point: the sets only grow, so this ends.
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 0; i < blocks.Length; i++)
            {
                var input = i == 0 ? (ulong[])entry.Clone() : new ulong[_words];
                foreach (var branch in blocks[i].Predecessors)
                {
                    Union(input, outputs[branch.Source.Ordinal]);
                    AddFinallyWrites(input, branch, events, graph);
                }

                if (HandlerTry(blocks[i]) is { } tryRegion)
                {
                    for (var b = tryRegion.FirstBlockOrdinal; b <= tryRegion.LastBlockOrdinal; b++)
                    {
                        Union(input, inputs[b]);
                        AddAllWrites(input, events[b]);
                    }
                }

                var output = (ulong[])input.Clone();
                foreach (var item in events[i])
                {
                    if (!item.IsRead)
                    {
                        Apply(output, item);
                    }
                }

                changed |= Replace(inputs[i], input) | Replace(outputs[i], output);
            }
        }

        // The state at each read: the block's input with the writes before it applied.
        for (var i = 0; i < blocks.Length; i++)
        {
            var state = (ulong[])inputs[i].Clone();
            foreach (var item in events[i])
            {
                if (!item.IsRead)
                {
                    Apply(state, item);
                }
                else if (_reachingAtRead.TryGetValue(item.Site, out var known))
                {
                    Union(known, state);
                }
                else
                {
                    _reachingAtRead[item.Site] = (ulong[])state.Clone();
                }
            }
        }
    }

    /// <summary>The reads of one operation, then its writes (a write's value is evaluated before the store).</summary>
    private void Collect(IOperation operation, List<Event> events)
    {
        var writes = new List<Event>();
        foreach (var node in operation.DescendantsAndSelf())
        {
            switch (node)
            {
                case ILocalReferenceOperation local when !IsWrittenOnly(local):
                    events.Add(Event.Read(local.Syntax.Span));
                    break;
                case IParameterReferenceOperation parameter when !IsWrittenOnly(parameter):
                    DefinitionsOf(parameter.Parameter);
                    events.Add(Event.Read(parameter.Syntax.Span));
                    break;
                case ISimpleAssignmentOperation assignment when Symbol(assignment.Target) is { } target:
                    writes.Add(Write(target, assignment.Syntax.Span, kills: true));
                    break;
                case ICompoundAssignmentOperation or ICoalesceAssignmentOperation or IIncrementOrDecrementOperation
                    when Symbol(node is IAssignmentOperation a ? a.Target : ((IIncrementOrDecrementOperation)node).Target) is { } updated:
                    writes.Add(Write(updated, node.Syntax.Span, kills: false));
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var target in deconstruction.Target.DescendantsAndSelf())
                    {
                        if (Symbol(target) is { } element)
                        {
                            writes.Add(Write(element, deconstruction.Syntax.Span, kills: true));
                        }
                    }

                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } argument
                    when Symbol(argument.Value) is { } passed && argument.Parent is { } call:
                    writes.Add(Write(passed, call.Syntax.Span, kills: argument.Parameter.RefKind == RefKind.Out));
                    break;
                case IInvocationOperation call when (LocalDefinitions.Empties(call) || LocalDefinitions.Fills(call.TargetMethod))
                    && LocalDefinitions.ContainerOf(call) is { } container:
                    // Clear() empties the container; Append/Add put into it without hiding what it held.
                    writes.Add(Write(container, call.Syntax.Span, kills: LocalDefinitions.Empties(call)));
                    break;
                case IDeclarationPatternOperation { DeclaredSymbol: { } declared }:
                    writes.Add(Write(declared, PatternSite(node), kills: true));
                    break;
                case IRecursivePatternOperation { DeclaredSymbol: { } declared }:
                    writes.Add(Write(declared, PatternSite(node), kills: true));
                    break;
            }
        }

        events.AddRange(writes);
    }

    /// <summary>A pattern's variable takes the tested value: the whole test is its site.</summary>
    private static TextSpan PatternSite(IOperation pattern)
    {
        var current = pattern;
        while (current.Parent is IPatternOperation or IIsPatternOperation or IPropertySubpatternOperation)
        {
            current = current.Parent;
        }

        return current.Syntax.Span;
    }

    private static bool IsWrittenOnly(IOperation reference) =>
        reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference
        || reference.Parent is IArgumentOperation { Parameter.RefKind: RefKind.Out };

    private ISymbol? Symbol(IOperation? target)
    {
        while (target is IConversionOperation { IsImplicit: true } conversion)
        {
            target = conversion.Operand;
        }

        return target switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IDeclarationExpressionOperation declaration => Symbol(declaration.Expression),
            IFlowCaptureReferenceOperation capture => _captured.TryGetValue(capture.Id, out var captured) ? captured : null,
            _ => null,
        };
    }

    private Event Write(ISymbol symbol, TextSpan site, bool kills)
    {
        var indexes = DefinitionsOf(symbol);
        _definitions.Add(new Definition(site, IsEntry: false));
        indexes.Add(_definitions.Count - 1);
        return new Event(site, _definitions.Count - 1, kills, symbol);
    }

    /// <summary>The writes of a symbol; a parameter starts with its incoming value.</summary>
    private List<int> DefinitionsOf(ISymbol symbol)
    {
        if (!_definitionsOf.TryGetValue(symbol, out var indexes))
        {
            _definitionsOf[symbol] = indexes = new List<int>();
            if (symbol is IParameterSymbol)
            {
                _definitions.Add(new Definition(default, IsEntry: true));
                indexes.Add(_definitions.Count - 1);
            }
        }

        return indexes;
    }

    private void Apply(ulong[] state, Event write)
    {
        if (write.Kills)
        {
            foreach (var index in _definitionsOf[write.Symbol!])
            {
                state[index / 64] &= ~(1UL << (index % 64));
            }
        }

        Set(state, write.Definition);
    }

    /// <summary>A branch that leaves through <c>finally</c> blocks may carry any write made in them.</summary>
    private static void AddFinallyWrites(ulong[] state, ControlFlowBranch branch, List<Event>[] events, ControlFlowGraph graph)
    {
        foreach (var region in branch.FinallyRegions)
        {
            for (var b = region.FirstBlockOrdinal; b <= region.LastBlockOrdinal && b < graph.Blocks.Length; b++)
            {
                AddAllWrites(state, events[b]);
            }
        }
    }

    private static void AddAllWrites(ulong[] state, List<Event> events)
    {
        foreach (var item in events)
        {
            if (!item.IsRead)
            {
                Set(state, item.Definition);
            }
        }
    }

    /// <summary>For the first block of a <c>catch</c>, filter or <c>finally</c>: the <c>try</c> region it guards.</summary>
    private static ControlFlowRegion? HandlerTry(BasicBlock block)
    {
        for (var region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
        {
            if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.FilterAndHandler or ControlFlowRegionKind.Finally)
            {
                if (region.FirstBlockOrdinal != block.Ordinal || region.EnclosingRegion is not { } owner)
                {
                    return null;
                }

                // A handler inside FilterAndHandler: the try is the sibling of that pair.
                var tryOwner = owner.Kind == ControlFlowRegionKind.FilterAndHandler ? owner.EnclosingRegion : owner;
                return tryOwner is { NestedRegions.Length: > 0 } && tryOwner.NestedRegions[0].Kind == ControlFlowRegionKind.Try
                    ? tryOwner.NestedRegions[0]
                    : null;
            }
        }

        return null;
    }

    private static bool IsSet(ulong[] set, int index) => (set[index / 64] & (1UL << (index % 64))) != 0;

    private static void Set(ulong[] set, int index) => set[index / 64] |= 1UL << (index % 64);

    private static void Union(ulong[] into, ulong[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] |= from[i];
        }
    }

    private static bool Replace(ulong[] current, ulong[] next)
    {
        var changed = false;
        for (var i = 0; i < current.Length; i++)
        {
            changed |= current[i] != next[i];
            current[i] = next[i];
        }

        return changed;
    }

    /// <summary>A write (its site is the syntax that holds the stored value) or a parameter's incoming value.</summary>
    private readonly record struct Definition(TextSpan Site, bool IsEntry);

    /// <summary>A read of a local or parameter at <see cref="Site"/>, or a write of <see cref="Symbol"/>.</summary>
    private readonly record struct Event(TextSpan Site, int Definition, bool Kills, ISymbol? Symbol)
    {
        public bool IsRead => Symbol is null;

        public static Event Read(TextSpan site) => new(site, -1, false, null);
    }
}
