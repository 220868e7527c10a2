using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// What every sink rule does: match the calls, constructions and assignments of its sink kind,
/// ask the engine about each value they write, and report each tainted one where the data enters.
/// </summary>
internal sealed class SinkReporter
{
    /// <summary>Diagnostic property holding the <c>PiiKind</c> member name, for code fixes.</summary>
    public const string PiiKindProperty = "PiiKind";

    private readonly DiagnosticDescriptor _descriptor;
    private readonly SinkSet _sinks;
    private readonly WholeObjectWrites? _wholeObjectWrites;
    private readonly SinkWrappers _wrappers;

    private SinkReporter(DiagnosticDescriptor descriptor, SinkSet sinks, PiiFlow flow, Compilation compilation, WholeObjectWrites? wholeObjectWrites, DelegateSink? delegateSink)
    {
        _descriptor = descriptor;
        _sinks = sinks;
        Flow = flow;
        _wholeObjectWrites = wholeObjectWrites;
        _wrappers = new SinkWrappers(sinks, flow, compilation, wholeObjectWrites) { DelegateSink = delegateSink };
    }

    public PiiFlow Flow { get; }

    /// <summary>
    /// Registers the sink actions of <paramref name="kind"/> when any of its types exist, and returns the reporter
    /// (null when the compilation has none: nothing is registered).
    /// </summary>
    /// <param name="wholeObjectWrites">For calls: when the sink writes the value's members, not its text (<c>{@User}</c>).</param>
    /// <param name="delegateSink">Delegates the rule itself treats as sinks when invoked (<c>LoggerMessage.Define</c>'s), so that methods invoking them are wrappers.</param>
    public static SinkReporter? Register(
        CompilationStartAnalysisContext context,
        DiagnosticDescriptor descriptor,
        SinkKind kind,
        WholeObjectWrites? wholeObjectWrites = null,
        DelegateSink? delegateSink = null)
    {
        if (SinkSet.Resolve(context.Compilation, kind) is not { } sinks || PiiFlow.For(context.Compilation, context.Options) is not { } flow)
        {
            return null;
        }

        var reporter = new SinkReporter(descriptor, sinks, flow, context.Compilation, wholeObjectWrites, delegateSink);
        // Calls are watched even for kinds without call rows: a method of the compilation may wrap a construction.
        context.RegisterOperationAction(reporter.AnalyzeCall, OperationKind.Invocation);

        if (sinks.HasConstructions)
        {
            context.RegisterOperationAction(reporter.AnalyzeConstruction, OperationKind.ObjectCreation);
        }

        if (sinks.HasAssignments)
        {
            context.RegisterOperationAction(reporter.AnalyzeAssignment, OperationKind.SimpleAssignment);
        }

        return reporter;
    }

    /// <summary>Reports every way personal data reaches <paramref name="value"/>, written to the sink named <paramref name="sink"/>.</summary>
    public void Report(OperationAnalysisContext context, IOperation value, string sink, bool wholeObjects) =>
        Report(context, TaintOf(value, wholeObjects), sink);

    /// <summary>Reports what <paramref name="value"/> carries, whole objects read member by member as <paramref name="reader"/> reads them.</summary>
    public void Report(OperationAnalysisContext context, IOperation value, string sink, MemberReader reader) =>
        Report(context, Flow.GetTaintIncludingWholeObjects(value, reader), sink);

    private Taint TaintOf(IOperation value, bool wholeObjects) =>
        wholeObjects ? Flow.GetTaintIncludingWholeObjects(value) : Flow.GetPrintedTaint(value);

    private void Report(OperationAnalysisContext context, Taint taint, string sink)
    {
        var chosen = taint.Hits.Length > 1 ? OnePerSourceAndLine(taint.Hits) : null;
        IOperation? previous = null;
        for (var i = 0; i < taint.Hits.Length; i++)
        {
            // One diagnostic per place the data enters, naming the first source found there.
            var hit = taint.Hits[i];
            if (ReferenceEquals(hit.Witness, previous) || chosen?.Contains(i) == false)
            {
                continue;
            }

            previous = hit.Witness;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(PiiKindProperty, hit.WholeObject is null ? hit.Pii.Kind : null);
            context.ReportDiagnostic(PiiFinding.Create(
                _descriptor, hit.Witness.Syntax.GetLocation(), hit.Pii, properties, hit.DisplaySource, hit.Pii.DisplayKind, sink));
        }
    }

    private void AnalyzeCall(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (_sinks.MatchCall(invocation) is { } match)
        {
            foreach (var value in SinkSet.ValuesOf(match.Row, invocation))
            {
                var written = _wholeObjectWrites?.OfCall(invocation, value) ?? WrittenAs.Text;
                if (written == WrittenAs.Nothing)
                {
                    continue;
                }

                // The sink's name is spelled only for a value that carries data.
                var taint = TaintOf(value.Value, written == WrittenAs.Members);
                if (!taint.Hits.IsEmpty)
                {
                    Report(context, taint, match.Display);
                }
            }

            return;
        }

        // A method of the compilation whose parameter reaches a sink: reported here, naming the way through. Most
        // arguments carry nothing, so the wrapper is summarised only once one does.
        if (invocation.TargetMethod.DeclaringSyntaxReferences.IsEmpty)
        {
            if (EventHandlers.RaisedEvent(invocation) is { } raised)
            {
                ReportRaised(context, invocation, raised);
            }
            else if (StoredDelegates.InvokedMember(invocation) is { } member)
            {
                ReportDelegateCall(context, invocation, member);
            }
            else if (StoredDelegates.InvokedLocal(invocation) is { } local)
            {
                ReportThroughTargets(context, invocation, () => StoredWrappers(StoredDelegates.Of(local), local.Local.Name, invocation));
            }

            return;
        }

        foreach (var (argument, sink) in _wrappers.WrappedArguments(invocation))
        {
            ReportWrapped(context, argument.Value, sink);
        }
    }

    /// <summary>
    /// A value passed to a wrapper's parameter: a tuple literal given to a parameter whose elements are read one by one
    /// reports only the elements that reach the sink.
    /// </summary>
    private void ReportWrapped(OperationAnalysisContext context, IOperation value, WrappedSink sink)
    {
        var passed = value;
        while (passed is IConversionOperation conversion)
        {
            passed = conversion.Operand;
        }

        if (sink.Elements == 0)
        {
            Report(context, value, sink.Display, sink.WholeObject);
            return;
        }

        if (passed is ITupleOperation tuple)
        {
            for (var i = 0; i < tuple.Elements.Length && i < 64; i++)
            {
                if ((sink.Elements & (1UL << i)) != 0 && Flow.CarriesData(tuple.Elements[i]))
                {
                    Report(context, tuple.Elements[i], sink.Display, sink.WholeObject);
                }
            }

            return;
        }

        // Held elsewhere (a local, a field): the parts the wrapper reads, as far as they can be told apart.
        var hits = ImmutableArray.CreateBuilder<TaintHit>();
        foreach (var part in ValuePart.OfBits(sink.Elements))
        {
            hits.AddRange(Flow.GetPartTaint(passed, part, sink.WholeObject).Hits);
        }

        Report(context, new Taint(hits.ToImmutable()), sink.Display);
    }

    /// <summary>An event raised with personal data: each handler subscribed to it is a wrapper of its arguments.</summary>
    private void ReportRaised(OperationAnalysisContext context, IInvocationOperation invocation, IEventSymbol raised) =>
        ReportThroughTargets(context, invocation, () => Wrappers(raised, invocation));

    /// <summary>
    /// A delegate field or property invoked with personal data (<c>_sink(c.LastName)</c> with
    /// <c>_sink = m =&gt; _logger.LogInformation(m)</c>): each lambda or method stored into it is a wrapper of its arguments.
    /// </summary>
    private void ReportDelegateCall(OperationAnalysisContext context, IInvocationOperation invocation, IMemberReferenceOperation member) =>
        ReportThroughTargets(context, invocation, () => StoredWrappers(StoredDelegates.Of(member.Member, member, Flow), member.Member.ContainingType.Name + "." + member.Member.Name, invocation));

    /// <summary>The lambdas and methods stored into a delegate field, property or local, each a wrapper of its arguments (<paramref name="name"/> names it in the path).</summary>
    private List<(IMethodSymbol, Wrapper)> StoredWrappers(IEnumerable<IOperation> values, string name, IInvocationOperation invocation)
    {
        var wrappers = new List<(IMethodSymbol, Wrapper)>();
        foreach (var stored in values)
        {
            var value = stored;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            var wrapper = value switch
            {
                IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => (lambda.Symbol, _wrappers.OfFunction(lambda, name)),
                IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: { IsExtensionMethod: false } method } } => (method, _wrappers.Get(method, invocation)),
                _ => default((IMethodSymbol, Wrapper?)),
            };
            if (wrapper is ({ } target, { } found))
            {
                wrappers.Add((target, found));
            }
        }

        return wrappers;
    }

    /// <summary>Reports each argument carrying personal data that some target of the call passes to a sink.</summary>
    private void ReportThroughTargets(OperationAnalysisContext context, IInvocationOperation invocation, Func<List<(IMethodSymbol Handler, Wrapper Wrapper)>> targets)
    {
        List<(IMethodSymbol Handler, Wrapper Wrapper)>? handlers = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue || !Flow.CarriesData(argument.Value))
            {
                continue;
            }

            foreach (var (handler, wrapper) in handlers ??= targets())
            {
                if (parameter.Ordinal < handler.Parameters.Length && wrapper.For(handler.Parameters[parameter.Ordinal]) is { } sink)
                {
                    ReportWrapped(context, argument.Value, sink);
                    break;
                }
            }
        }
    }

    private List<(IMethodSymbol, Wrapper)> Wrappers(IEventSymbol raised, IInvocationOperation invocation)
    {
        var wrappers = new List<(IMethodSymbol, Wrapper)>();
        var name = "a handler of " + raised.ContainingType.Name + "." + raised.Name;
        foreach (var handler in Flow.Events.Of(raised, invocation))
        {
            var wrapper = handler switch
            {
                { Lambda: { } lambda } => _wrappers.OfFunction(lambda, name),
                { LambdaSyntax: { } syntax, Scope: { } scope } => _wrappers.OfSyntax(syntax, scope, name),
                _ => _wrappers.Get(handler.Method, invocation),
            };
            if (wrapper is not null)
            {
                wrappers.Add((handler.Method, wrapper));
            }
        }

        return wrappers;
    }

    private void AnalyzeConstruction(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (_sinks.MatchConstruction(creation) is not { } match)
        {
            return;
        }

        foreach (var value in SinkSet.ValuesOf(match.Row, creation.Arguments))
        {
            // What an exception of the compilation keeps beside its message is not in the message, and of an object whose
            // members the message reads, only those members are.
            if (match.Row.Kind == SinkKind.Exception && value.Argument?.Parameter is { } parameter
                && ExceptionMessages.ReachingMembers(parameter) is { } members && !ReadsPersonalMember(parameter.Type, members))
            {
                continue;
            }

            var taint = Flow.GetPrintedTaint(value.Value);
            if (!taint.Hits.IsEmpty)
            {
                Report(context, taint, match.Display);
            }
        }
    }

    /// <summary>True when one of the named members of <paramref name="type"/> holds personal data.</summary>
    private bool ReadsPersonalMember(ITypeSymbol type, string[] members)
    {
        foreach (var name in members)
        {
            for (var owner = type; owner is not null; owner = owner.BaseType)
            {
                foreach (var member in owner.GetMembers(name))
                {
                    if (Flow.GetPii(member) is not null)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation target && _sinks.MatchAssignment(target) is { } match
            && Flow.GetPrintedTaint(assignment.Value) is { Hits.IsEmpty: false } taint)
        {
            Report(context, taint, match.Display);
        }
    }

    /// <summary>
    /// The hits to report when one source enters a value at several places of one line (a builder filled in a lambda
    /// enters at the builder and at the value it appends): the place that reads the source itself, else the first.
    /// </summary>
    private static HashSet<int> OnePerSourceAndLine(ImmutableArray<TaintHit> hits)
    {
        var best = new Dictionary<(ISymbol Source, int Line), int>(SourceLineComparer.Instance);
        for (var i = 0; i < hits.Length; i++)
        {
            var key = (hits[i].Source, hits[i].Witness.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line);
            if (!best.TryGetValue(key, out var kept) || !ReadsSource(hits[kept]) && ReadsSource(hits[i]))
            {
                best[key] = i;
            }
        }

        return [.. best.Values];
    }

    private static bool ReadsSource(TaintHit hit) =>
        hit.Witness is IMemberReferenceOperation { Member: var member } && SymbolEqualityComparer.Default.Equals(member, hit.Source);

    private sealed class SourceLineComparer : IEqualityComparer<(ISymbol Source, int Line)>
    {
        public static readonly SourceLineComparer Instance = new();

        public bool Equals((ISymbol Source, int Line) x, (ISymbol Source, int Line) y) =>
            x.Line == y.Line && SymbolEqualityComparer.Default.Equals(x.Source, y.Source);

        public int GetHashCode((ISymbol Source, int Line) obj) => (SymbolEqualityComparer.Default.GetHashCode(obj.Source) * 31) ^ obj.Line;
    }
}
