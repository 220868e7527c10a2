using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Sinks behind wrappers: a method of the compilation whose parameter reaches a sink of one kind is itself a sink
/// for that parameter (<c>AppLogger.Warn(string m) =&gt; _inner.LogWarning(m)</c>), so a call passing personal data
/// to it is reported at the call, naming the sink and the wrappers in between.
/// </summary>
/// <remarks>
/// Summarised once per compilation and sink kind, lazily, like return summaries (see <see cref="MethodSummaries"/>):
/// a wrapper in the caller's syntax tree is read exactly from its operations (the same engine, so a parameter
/// masked or overwritten before the sink does not count); one in another tree from its syntax (calls whose name and
/// receiver type match a sink row, constructions of sink types, arguments built from the parameter by plain string
/// building). Wrappers of wrappers are followed <see cref="MaxDepth"/> levels deep. A call through an interface reads
/// the interface's one implementation in the compilation (<see cref="InterfaceImplementations"/>). Partial methods are
/// left to their generators' own rules.
/// </remarks>
internal sealed class SinkWrappers
{
    private const int MaxDepth = 3;

    private readonly SinkSet _sinks;
    private readonly PiiFlow _flow;
    private readonly Compilation _compilation;
    private readonly WholeObjectWrites? _wholeObjectWrites;
    private readonly ConcurrentDictionary<IMethodSymbol, Wrapper?> _exact = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, Wrapper?> _syntactic = new(SymbolEqualityComparer.Default);

    public SinkWrappers(SinkSet sinks, PiiFlow flow, Compilation compilation, WholeObjectWrites? wholeObjectWrites)
    {
        _sinks = sinks;
        _flow = flow;
        _compilation = compilation;
        _wholeObjectWrites = wholeObjectWrites;
    }

    /// <summary>
    /// When set, a method that cannot reach the sinks by the names it writes (see <see cref="SinkNameReach"/>) is no
    /// wrapper, without reading its body: for rules that ask at every call with a data-carrying argument.
    /// </summary>
    public SinkNameReach? NameReach { get; init; }

    /// <summary>Delegate invocations the rule treats as sinks (<c>_userCreated(logger, email, null)</c>), in wrappers read exactly.</summary>
    public DelegateSink? DelegateSink { get; init; }

    /// <summary>
    /// The arguments of a call to a method of the compilation that reach a sink inside it, with that sink; the wrapper is
    /// read only once an argument carries data. A parameter personal by its own name or mark (<c>CheckAsync(string vrm,
    /// …)</c>) is reported at the sinks inside, where it enters them, so a call that passes data to it is not reported again.
    /// </summary>
    public IEnumerable<(IArgumentOperation Argument, WrappedSink Sink)> WrappedArguments(IInvocationOperation invocation)
    {
        if (invocation.TargetMethod.DeclaringSyntaxReferences.IsEmpty)
        {
            yield break;
        }

        Wrapper? wrapper = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue
                && _flow.CarriesData(argument.Value) && _flow.GetPii(parameter.OriginalDefinition) is null
                && (wrapper ??= Get(invocation.TargetMethod, invocation) ?? Wrapper.None).For(parameter) is { } sink)
            {
                yield return (argument, sink);
            }
        }
    }

    /// <summary>The sinks the parameters of <paramref name="method"/> reach, or null when it is no wrapper.</summary>
    public Wrapper? Get(IMethodSymbol method, IOperation callSite) => Get(method, callSite.SemanticModel, callSite.Syntax.SyntaxTree, inProgress: null, depth: 0);

    /// <summary>
    /// The sinks the parameters of a lambda reach (one subscribed to an event), read from its operations; not cached.
    /// <paramref name="name"/> names it in the path.
    /// </summary>
    public Wrapper? OfFunction(IAnonymousFunctionOperation function, string name)
    {
        if (function.Symbol.Parameters.IsEmpty || function.Symbol.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var builder = new Builder(function.Symbol, name);
        ReadOperations(builder, function.Body, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), depth: 0);
        return builder.ToWrapper();
    }

    /// <summary>
    /// The sinks the parameters of a lambda in another file reach (one subscribed to an event there), read from its syntax in
    /// <paramref name="scope"/>; not cached. <paramref name="name"/> names it in the path.
    /// </summary>
    public Wrapper? OfSyntax(AnonymousFunctionExpressionSyntax function, SyntacticScope scope, string name)
    {
        if (scope.Method.Parameters.IsEmpty)
        {
            return null;
        }

        var builder = new Builder(scope.Method, name, scope, function.SyntaxTree);
        ReadSyntax(builder, function, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), depth: 0);
        return builder.ToWrapper();
    }

    private Wrapper? Get(IMethodSymbol method, SemanticModel? model, SyntaxTree callerTree, HashSet<IMethodSymbol>? inProgress, int depth)
    {
        // A call through an interface runs its one implementation in the compilation, when it has one.
        method = _flow.Implementations.SoleOf(method.OriginalDefinition) ?? method.OriginalDefinition;
        if (depth > MaxDepth || method.Parameters.IsEmpty || method.IsAbstract || method.IsExtern || method.IsPartialDefinition
            || method.PartialDefinitionPart is not null || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
        var exact = model is not null && declaration.SyntaxTree == callerTree;
        var cache = exact ? _exact : _syntactic;
        if (cache.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (NameReach is not null && !NameReach.MayReach(method, declaration))
        {
            return cache.GetOrAdd(method, (Wrapper?)null);
        }

        inProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        if (!inProgress.Add(method))
        {
            return null;
        }

        try
        {
            var builder = new Builder(method);
            if (exact)
            {
                ReadOperations(builder, model!.GetOperation(declaration), inProgress, depth);
            }
            else
            {
                ReadSyntax(builder, declaration, inProgress, depth);
            }

            return cache.GetOrAdd(method, builder.ToWrapper());
        }
        finally
        {
            inProgress.Remove(method);
        }
    }

    private void ReadOperations(Builder builder, IOperation? body, HashSet<IMethodSymbol> inProgress, int depth)
    {
        if (body is null)
        {
            return;
        }

        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case IInvocationOperation invocation when _sinks.MatchCall(invocation) is { } match:
                    foreach (var value in SinkSet.ValuesOf(match.Row, invocation))
                    {
                        var written = _wholeObjectWrites?.OfCall(invocation, value) ?? WrittenAs.Text;
                        if (written != WrittenAs.Nothing)
                        {
                            builder.Add(Reaching(builder.Method, value.Value), match.Display, null, written == WrittenAs.Members);
                        }
                    }

                    break;
                case IInvocationOperation invocation when DelegateSink?.SinkOf(invocation) is { } delegateSink:
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { } parameter && DelegateSink.Writes(parameter))
                        {
                            builder.Add(Reaching(builder.Method, argument.Value), delegateSink, null, wholeObject: false);
                        }
                    }

                    break;
                case IInvocationOperation invocation:
                    if (Get(invocation.TargetMethod, operation.SemanticModel, operation.Syntax.SyntaxTree, inProgress, depth + 1) is { } inner)
                    {
                        foreach (var argument in invocation.Arguments)
                        {
                            if (argument.Parameter is { } parameter && inner.For(parameter) is { } sink)
                            {
                                builder.Add(Reaching(builder.Method, argument.Value), sink.Sink, sink.Path, sink.WholeObject);
                            }
                        }
                    }

                    break;
                case IObjectCreationOperation creation when _sinks.MatchConstruction(creation) is { } match:
                    foreach (var value in SinkSet.ValuesOf(match.Row, creation.Arguments))
                    {
                        builder.Add(Reaching(builder.Method, value.Value), match.Display, null, wholeObject: false);
                    }

                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment when _sinks.MatchAssignment(target) is { } match:
                    builder.Add(Reaching(builder.Method, assignment.Value), match.Display, null, wholeObject: false);
                    break;
            }
        }
    }

    /// <summary>
    /// The parameters of <paramref name="method"/> that reach <paramref name="value"/>, by the engine itself: wholly, or
    /// (a tuple parameter read element by element) only some elements.
    /// </summary>
    private (ulong Whole, Dictionary<int, ulong>? Elements) Reaching(IMethodSymbol method, IOperation value)
    {
        var walker = new TaintWalker(_flow, wholeObjects: false, summarizing: method) { TracksParameterElements = true };
        walker.Visit(value, value);
        return (walker.Parameters.Any, walker.FlowingElements);
    }

    private void ReadSyntax(Builder builder, SyntaxNode declaration, HashSet<IMethodSymbol> inProgress, int depth)
    {
        var scope = builder.Scope;
        foreach (var node in declaration.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                    ReadCall(builder, access.Name.Identifier.ValueText, access.Expression, invocation.ArgumentList, inProgress, depth);
                    break;
                case InvocationExpressionSyntax { Expression: SimpleNameSyntax name } invocation:
                    ReadCall(builder, name.Identifier.ValueText, receiver: null, invocation.ArgumentList, inProgress, depth);
                    break;
                case ObjectCreationExpressionSyntax { ArgumentList: { } arguments } creation
                    when SyntacticSummary.TypeOf(scope, creation.Type, _compilation) is { } type
                    && _sinks.MatchConstructedType(type) is { } match:
                    foreach (var argument in arguments.Arguments)
                    {
                        builder.Add(SyntacticSummary.ParametersReachingByPart(scope, argument.Expression, _flow), match.Display, null, wholeObject: false);
                    }

                    break;
            }
        }
    }

    private void ReadCall(Builder builder, string name, ExpressionSyntax? receiver, ArgumentListSyntax arguments, HashSet<IMethodSymbol> inProgress, int depth)
    {
        var scope = builder.Scope;
        var receiverType = receiver is null ? scope.Type : SyntacticSummary.TypeOf(scope, receiver, _compilation);
        if (receiverType is null || arguments.Arguments.Count == 0)
        {
            return;
        }

        // A call named like a sink row is that sink or nothing; rows for every method of a type are matched by the type.
        var namedLikeSink = _sinks.HasCallNamed(name);
        if ((namedLikeSink ? _sinks.MatchCallByName(name, receiverType, _compilation) : _sinks.MatchEveryMemberByName(name, receiverType)) is { } match)
        {
            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i];
                var skip = match.Row.Arguments switch
                {
                    Tables.SinkArguments.AllButFirst => i == 0,
                    Tables.SinkArguments.Receiver => true,
                    Tables.SinkArguments.Named => argument.NameColon is { } named
                        ? !match.Row.Parameters.Contains(named.Name.Identifier.ValueText)
                        : !NamesWrittenParameter(receiverType, match.Row, name, i, arguments.Arguments.Count),
                    _ => false,
                };
                if (!skip && argument.RefKindKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None))
                {
                    builder.Add(
                        SyntacticSummary.ParametersReachingByPart(scope, argument.Expression, _flow), match.Display, null,
                        wholeObject: _wholeObjectWrites?.OfSyntax(arguments, i, position => PositionalName(receiverType, match.Row.TypeName, name, position)) == true);
                }
            }

            return;
        }

        if (namedLikeSink)
        {
            return;
        }

        if (DelegateSink is not null && DelegateInvoked(scope.Type, name, receiver) is { } held && DelegateSink.SinkOfMember(held.Member) is { } delegateSink)
        {
            var parameters = held.Invoke.Parameters;
            for (var i = 0; i < arguments.Arguments.Count && i < parameters.Length; i++)
            {
                if (arguments.Arguments[i].NameColon is null && DelegateSink.Writes(parameters[i]))
                {
                    builder.Add(SyntacticSummary.ParametersReachingByPart(scope, arguments.Arguments[i].Expression, _flow), delegateSink, null, wholeObject: false);
                }
            }

            return;
        }

        // A call to another wrapper of the compilation: only when the name and count pick one method.
        IMethodSymbol? callee = null;
        foreach (var member in receiverType.GetMembers(name))
        {
            if (member is IMethodSymbol candidate && candidate.Parameters.Length == arguments.Arguments.Count)
            {
                if (callee is not null)
                {
                    return;
                }

                callee = candidate;
            }
        }

        if (callee is not null && Get(callee, model: null, callerTree: builder.Tree, inProgress, depth + 1) is { } inner)
        {
            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                if (arguments.Arguments[i].NameColon is null && inner.For(callee.Parameters[i]) is { } sink)
                {
                    builder.Add(SyntacticSummary.ParametersReaching(scope, arguments.Arguments[i].Expression, _flow), sink.Sink, sink.Path, sink.WholeObject);
                }
            }
        }
    }

    /// <summary>
    /// The field or property of <paramref name="type"/> (or its bases) holding a delegate that a call invokes by name
    /// (<c>_created(logger, email, null)</c>) or through <c>Invoke</c> (<c>_created.Invoke(…)</c>), with the delegate's
    /// <c>Invoke</c>; null for any other call.
    /// </summary>
    private static (ISymbol Member, IMethodSymbol Invoke)? DelegateInvoked(ITypeSymbol? type, string name, ExpressionSyntax? receiver)
    {
        if (receiver is not null)
        {
            if (name != "Invoke" || receiver is not IdentifierNameSyntax held)
            {
                return null;
            }

            name = held.Identifier.ValueText;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                var memberType = member switch
                {
                    IFieldSymbol field => field.Type,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (memberType is INamedTypeSymbol { DelegateInvokeMethod: { } invoke })
                {
                    return (member, invoke);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when an overload of the sink method that takes <paramref name="count"/> arguments has a parameter the row
    /// writes at <paramref name="position"/> (<c>JsonSerializer.Serialize(value, options)</c>, though
    /// <c>Serialize(stream, value)</c> has another name there): without binding, any fitting overload may be the one called.
    /// </summary>
    private bool NamesWrittenParameter(ITypeSymbol receiverType, Tables.SinkRow row, string name, int position, int count)
    {
        foreach (var owner in new[] { receiverType, TypeLookup.Find(_compilation, row.TypeName) })
        {
            foreach (var member in owner?.GetMembers(name) ?? ImmutableArray<ISymbol>.Empty)
            {
                if (member is not IMethodSymbol method)
                {
                    continue;
                }

                var offset = method.IsExtensionMethod ? 1 : 0;
                var required = 0;
                foreach (var parameter in method.Parameters)
                {
                    required += parameter.IsOptional || parameter.IsParams ? 0 : 1;
                }

                if (position + offset < method.Parameters.Length && required - offset <= count && method.Parameters.Length - offset >= count
                    && row.Parameters.Contains(method.Parameters[position + offset].Name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The name of the parameter at <paramref name="position"/> when every overload of the sink method agrees on it.</summary>
    private string PositionalName(ITypeSymbol receiverType, string rowType, string name, int position)
    {
        string? found = null;
        foreach (var owner in new[] { receiverType, TypeLookup.Find(_compilation, rowType) })
        {
            foreach (var member in owner?.GetMembers(name) ?? ImmutableArray<ISymbol>.Empty)
            {
                var index = member is IMethodSymbol { IsExtensionMethod: true } ? position + 1 : position;
                if (member is IMethodSymbol method && index < method.Parameters.Length)
                {
                    if (found is not null && found != method.Parameters[index].Name)
                    {
                        return string.Empty;
                    }

                    found = method.Parameters[index].Name;
                }
            }
        }

        return found ?? string.Empty;
    }

    /// <summary>Collects, per parameter, the first sink it was found to reach.</summary>
    private sealed class Builder
    {
        private WrappedSink?[]? _parameters;

        private readonly string _name;

        /// <param name="name">How the path names it; by default <c>Type.Method</c>.</param>
        /// <param name="scope">Where its syntax is written; by default the method's own declaration.</param>
        /// <param name="tree">The file it is written in, when the method has no declaration (a delegate's <c>Invoke</c>).</param>
        public Builder(IMethodSymbol method, string? name = null, SyntacticScope? scope = null, SyntaxTree? tree = null)
        {
            Method = method;
            Scope = scope ?? SyntacticScope.Of(method);
            Tree = tree ?? method.DeclaringSyntaxReferences[0].SyntaxTree;
            _name = name ?? (method.ContainingType is { } owner ? owner.Name + "." : string.Empty) + method.Name;
        }

        public IMethodSymbol Method { get; }

        public SyntacticScope Scope { get; }

        public SyntaxTree Tree { get; }

        public void Add(ulong parameters, string sink, string? innerPath, bool wholeObject) =>
            Add((parameters, null), sink, innerPath, wholeObject);

        public void Add((ulong Whole, Dictionary<int, ulong>? Elements) reaching, string sink, string? innerPath, bool wholeObject)
        {
            var (parameters, elements) = reaching;
            if (parameters == 0 && elements is null)
            {
                return;
            }

            var path = _name + (innerPath is null ? string.Empty : "', '" + innerPath);
            _parameters ??= new WrappedSink?[Method.Parameters.Length];
            for (var i = 0; i < _parameters.Length && i < 64; i++)
            {
                var whole = (parameters & (1UL << i)) != 0;
                var some = elements is not null && elements.TryGetValue(i, out var read) ? read : 0;
                if (!whole && some == 0)
                {
                    continue;
                }

                // Elements read so far widen with each sink; the whole parameter read once makes it whole.
                if (_parameters[i] is not { } found)
                {
                    _parameters[i] = new WrappedSink(sink, path, wholeObject, whole ? 0 : some);
                }
                else if (found.Elements != 0)
                {
                    _parameters[i] = found with { Elements = whole ? 0 : found.Elements | some };
                }
            }
        }

        public Wrapper? ToWrapper() => _parameters is null ? null : new Wrapper(_parameters.ToImmutableArray());
    }
}

/// <summary>The sink each parameter of a wrapper reaches (null where none).</summary>
internal sealed class Wrapper
{
    private readonly ImmutableArray<WrappedSink?> _parameters;

    public Wrapper(ImmutableArray<WrappedSink?> parameters) => _parameters = parameters;

    /// <summary>A method none of whose parameters reaches a sink.</summary>
    public static Wrapper None { get; } = new(ImmutableArray<WrappedSink?>.Empty);

    public WrappedSink? For(IParameterSymbol parameter) =>
        parameter.Ordinal < _parameters.Length ? _parameters[parameter.Ordinal] : null;
}

/// <summary>A sink reached through wrappers.</summary>
/// <param name="Sink">The sink at the end (<c>ILogger.LogWarning</c>).</param>
/// <param name="Path">The wrappers from the outermost in (<c>AppLogger.Warn</c>), joined for the message.</param>
/// <param name="WholeObject">True when the sink writes the value's members (<c>{@User}</c>).</param>
/// <param name="Elements">For a parameter read only part by part (tuple elements, dictionary keys or values), the <see cref="ValuePart.Bit"/>s of the parts that reach; 0 for the whole value.</param>
internal readonly record struct WrappedSink(string Sink, string Path, bool WholeObject, ulong Elements = 0)
{
    /// <summary>How messages name it: <c>ILogger.LogWarning' through 'AppLogger.Warn</c> (the rule's format adds the outer quotes).</summary>
    public string Display => Sink + "' through '" + Path;
}
