using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Every value a local (or a parameter) of one operation block may hold: initializers, assignments,
/// <c>foreach</c> collections, pattern inputs, and what filling calls (<c>builder.Append(x)</c>,
/// <c>list.Add(x)</c>, <c>dict[k] = x</c>) put into it.
/// </summary>
/// <remarks>
/// Built once per block with one pass. A symbol stored once needs nothing more; for one stored several times
/// (and a parameter stored at all) <see cref="Reaching"/> tells which stores reach a given read, from the
/// block's control-flow graph, built on first need.
/// </remarks>
internal sealed class LocalDefinitions
{
    private static readonly ImmutableHashSet<string> FillingMethods = PropagationTable.FillingMethods.ToImmutableHashSet();
    private static readonly IReadOnlyList<IOperation> NoValues = new IOperation[0];

    private readonly Dictionary<ISymbol, List<IOperation>> _values = new(SymbolEqualityComparer.Default);
    private readonly IOperation _root;
    private ReachingDefinitions? _reaching;
    private Dictionary<IOperation, DeconstructedElement>? _deconstructed;
    private Dictionary<(ISymbol Local, ValuePart Member), List<IOperation>>? _memberStores;
    private readonly Dictionary<ISymbol, int> _overwrites = new(SymbolEqualityComparer.Default);
    private HashSet<IOperation>? _fillings;
    private Dictionary<TextPlace, ITypeSymbol>? _deserialized;
    private Dictionary<TextPlace, IInvocationOperation>? _parsed;
    private List<(ISymbol Dictionary, object? Key, IInvocationOperation Call)>? _removals;
    private int _jumps; // 0: not looked at yet, 1: no goto, 2: a goto (an int, written whole by any thread)
    private bool _reachingBuilt;

    /// <summary>Built by the block's <see cref="OperationBlock"/>, which keeps it; ask <see cref="For"/>.</summary>
    internal LocalDefinitions(IOperation root)
    {
        _root = root;
        foreach (var operation in root.DescendantsAndSelf())
        {
            Record(operation);
        }
    }

    /// <summary>The definitions of the block that contains <paramref name="operation"/>, built on first use.</summary>
    public static LocalDefinitions For(IOperation operation)
    {
        return OperationBlock.Of(operation).Definitions;
    }

    /// <summary>The values stored into <paramref name="symbol"/> anywhere in the block.</summary>
    public IReadOnlyList<IOperation> ValuesOf(ISymbol symbol) =>
        _values.TryGetValue(symbol, out var values) ? values : NoValues;

    /// <summary>
    /// The values stored into <paramref name="symbol"/> that may reach the read <paramref name="reference"/>:
    /// an overwrite on every path hides the earlier ones.
    /// </summary>
    public IEnumerable<IOperation> ReachingValuesOf(ISymbol symbol, IOperation reference)
    {
        // Only a second overwrite (or any write of a parameter) can hide a value; fillings (Append, Add) never do.
        var values = ValuesOf(symbol);
        var overwrites = _overwrites.TryGetValue(symbol, out var count) ? count : 0;
        var reaching = overwrites > 1 || symbol is IParameterSymbol && overwrites > 0 ? Reaching : null;
        foreach (var value in values)
        {
            if ((reaching is null || reaching.Reaches(symbol, reference, value)) && !(_fillings?.Contains(value) == true && FillsOnlyAfter(value, reference)))
            {
                yield return value;
            }
        }
    }

    /// <summary>
    /// True when a filling (<c>tags["email"] = x</c>, <c>list.Add(x)</c>) can only run after the read: it comes later in
    /// the block, no loop holds both, and neither runs apart from the block's order (in a lambda or a local function).
    /// </summary>
    private bool FillsOnlyAfter(IOperation filling, IOperation read)
    {
        if (filling.Syntax.SpanStart <= read.Syntax.SpanStart || filling.Syntax.SyntaxTree != read.Syntax.SyntaxTree)
        {
            return false;
        }

        for (var around = read.Parent; around is not null; around = around.Parent)
        {
            if (around is IAnonymousFunctionOperation or ILocalFunctionOperation
                || (around is ILoopOperation && around.Syntax.Span.Contains(filling.Syntax.Span)))
            {
                return false;
            }
        }

        for (var around = filling.Parent; around is not null; around = around.Parent)
        {
            if (around is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        if (System.Threading.Volatile.Read(ref _jumps) == 0)
        {
            System.Threading.Volatile.Write(ref _jumps, ContainsGoTo(_root) ? 2 : 1);
        }

        return _jumps == 1;
    }

    /// <summary>A <c>goto</c> in the block can run a later statement first.</summary>
    private static bool ContainsGoTo(IOperation root)
    {
        foreach (var operation in root.Descendants())
        {
            if (operation is IBranchOperation { BranchKind: BranchKind.GoTo })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>False when every path to <paramref name="reference"/> overwrites what the caller passed.</summary>
    public bool ParameterValueReaches(IParameterSymbol parameter, IOperation reference) =>
        !_overwrites.ContainsKey(parameter) || Reaching?.EntryReaches(parameter, reference) != false;

    /// <summary>The block's reaching definitions, built on first use; null when its kind has no control-flow graph.</summary>
    private ReachingDefinitions? Reaching
    {
        get
        {
            // Two threads may both build it; either result is the same, and the flag is set after the field.
            if (!System.Threading.Volatile.Read(ref _reachingBuilt))
            {
                System.Threading.Interlocked.CompareExchange(ref _reaching, ReachingDefinitions.Build(_root), null);
                System.Threading.Volatile.Write(ref _reachingBuilt, true);
            }

            return _reaching;
        }
    }

    private void Record(IOperation operation)
    {
        // Every operation of the block passes here: a switch on the kind costs less than a cascade of interface casts.
        switch (operation.Kind)
        {
            case OperationKind.VariableDeclarator:
                var declarator = (IVariableDeclaratorOperation)operation;
                Overwrite(declarator.Symbol, declarator.GetVariableInitializer()?.Value);
                break;
            case OperationKind.DeconstructionAssignment:
                var deconstruction = (IDeconstructionAssignmentOperation)operation;
                RecordDeconstruction(deconstruction.Target, deconstruction.Value, DeconstructMethod(deconstruction));
                break;
            case OperationKind.SimpleAssignment or OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment:
                var assignment = (IAssignmentOperation)operation;
                if (Unwrap(assignment.Target) is ILocalReferenceOperation or IParameterReferenceOperation)
                {
                    Overwrite(StorageOf(assignment.Target), assignment.Value);
                }
                else
                {
                    Add(StorageOf(assignment.Target), assignment.Value);
                    RecordIndexerKeys(assignment.Target);
                    if (operation.Kind == OperationKind.SimpleAssignment)
                    {
                        RecordMemberStore(assignment.Target, assignment.Value);
                    }
                }

                break;
            case OperationKind.Loop when operation is IForEachLoopOperation loop:
                if (!RecordItemDeconstruction(loop))
                {
                    foreach (var local in loop.Locals)
                    {
                        Overwrite(local, loop.Collection);
                    }
                }

                break;
            case OperationKind.DeclarationPattern or OperationKind.RecursivePattern:
                var declared = operation switch
                {
                    IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
                    IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
                    _ => null,
                };
                if (declared is not null && PatternInput((IPatternOperation)operation) is { } input)
                {
                    Overwrite(declared, input);
                }

                break;
            case OperationKind.Invocation:
                var call = (IInvocationOperation)operation;
                RecordFillingCall(call);
                RecordDeserialization(call);
                RecordRemoval(call);
                break;
        }
    }

    /// <summary>
    /// The constant keys removed from the dictionary in <paramref name="symbol"/> after <paramref name="value"/> was
    /// stored and before <paramref name="reference"/> reads it, on every path: a <c>fields.Remove("phone");</c> statement
    /// of a block that encloses the read. Null when none.
    /// </summary>
    public HashSet<object?>? KeysRemovedBetween(ISymbol symbol, IOperation value, IOperation reference)
    {
        HashSet<object?>? keys = null;
        foreach (var (dictionary, key, call) in _removals ?? [])
        {
            if (SymbolEqualityComparer.Default.Equals(dictionary, symbol)
                && call.Syntax.SpanStart >= value.Syntax.Span.End && call.Syntax.Span.End <= reference.Syntax.SpanStart
                && call.Parent is IExpressionStatementOperation { Syntax.Parent: BlockSyntax block } && block.Span.Contains(reference.Syntax.Span))
            {
                (keys ??= new HashSet<object?>()).Add(key);
            }
        }

        return keys;
    }

    private void RecordRemoval(IInvocationOperation call)
    {
        if (call is { TargetMethod.Name: "Remove", Arguments.Length: 1 or 2 } && Unwrap(call.Instance) is ILocalReferenceOperation { Local: var local }
            && Unwrap(call.Arguments[0].Value)?.ConstantValue is { HasValue: true } key && TypeContents.EnumeratesPairs(local.Type))
        {
            (_removals ??= new List<(ISymbol, object?, IInvocationOperation)>()).Add((local, key.Value, call));
        }
    }

    /// <summary>
    /// The type a deserializer of the block reads the text at <paramref name="place"/> into
    /// (<c>JsonSerializer.Deserialize&lt;Escalation&gt;(json)</c>), or null when none does.
    /// </summary>
    public ITypeSymbol? DeserializedInto(TextPlace place) =>
        _deserialized is not null && _deserialized.TryGetValue(place, out var type) ? type : null;

    /// <summary>The parse of the text at <paramref name="place"/> into a JSON document in the block (<c>JObject.Parse(raw)</c>), or null.</summary>
    public IInvocationOperation? ParsedBy(TextPlace place) =>
        _parsed is not null && _parsed.TryGetValue(place, out var parse) ? parse : null;

    private void RecordDeserialization(IInvocationOperation call)
    {
        if (DeserializedText.Read(call) is var (place, type))
        {
            (_deserialized ??= new Dictionary<TextPlace, ITypeSymbol>())[place] = type;
        }
        else if (DeserializedText.Parsed(call) is { } parsed)
        {
            (_parsed ??= new Dictionary<TextPlace, IInvocationOperation>())[parsed] = call;
        }
    }

    /// <summary>
    /// The values statements of the block give a member of a local's object (<c>result.Message = $"…{u.Email}"</c>,
    /// <c>result.Errors.Add(x)</c>), by the member's name, that may reach <paramref name="read"/>: stores before it, or
    /// after it in a loop around both, but not the store the read is part of (<c>r.Label = r.Label.Trim()</c> reads what
    /// was there before), and not one a later statement of the same block replaces before the read.
    /// </summary>
    /// <param name="member">The member as a part of its object (<see cref="InitializedMembers.PartOf(string)"/>).</param>
    public IEnumerable<IOperation> MemberValuesOf(ILocalSymbol local, ValuePart member, IOperation read)
    {
        if (_memberStores is null || !_memberStores.TryGetValue((local, member), out var values))
        {
            yield break;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (MayReach(values[i], read) && !ReplacedBefore(values, i, read))
            {
                yield return values[i];
            }
        }
    }

    /// <summary>
    /// A store may reach a read that follows it, or one before it when a loop holds both or the read runs later, in a
    /// lambda or a local function.
    /// </summary>
    private static bool MayReach(IOperation value, IOperation read)
    {
        var store = value.Parent ?? value;
        if (store.Syntax.SyntaxTree != read.Syntax.SyntaxTree)
        {
            return true;
        }

        if (store.Syntax.Span.Contains(read.Syntax.Span))
        {
            return false;
        }

        if (store.Syntax.SpanStart < read.Syntax.SpanStart)
        {
            return true;
        }

        for (var around = read.Parent; around is not null; around = around.Parent)
        {
            if (around is IAnonymousFunctionOperation or ILocalFunctionOperation
                || (around is ILoopOperation && around.Syntax.Span.Contains(store.Syntax.Span)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a later assignment of the same member, a statement of the same block, runs before the read.</summary>
    private static bool ReplacedBefore(List<IOperation> values, int index, IOperation read)
    {
        if (StatementOf(values[index]) is not { Parent: IBlockOperation block } statement)
        {
            return false;
        }

        for (var j = index + 1; j < values.Count; j++)
        {
            if (StatementOf(values[j]) is { } later && later.Parent == block && later.Syntax.SpanStart > statement.Syntax.SpanStart
                && later.Syntax.Span.End <= read.Syntax.SpanStart && later.Syntax.SyntaxTree == read.Syntax.SyntaxTree)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The expression statement that is an assignment of <paramref name="value"/>; null for a filling call's argument.</summary>
    private static IOperation? StatementOf(IOperation value) =>
        value.Parent is ISimpleAssignmentOperation { Parent: IExpressionStatementOperation statement } ? statement : null;

    /// <summary>A store into a member (not an indexer) of a local's object.</summary>
    private void RecordMemberStore(IOperation? target, IOperation value)
    {
        if (Unwrap(target) is IMemberReferenceOperation { Member: IPropertySymbol { IsIndexer: false } or IFieldSymbol, Instance: var instance } member
            && Unwrap(instance) is ILocalReferenceOperation local)
        {
            var key = ((ISymbol)local.Local, InitializedMembers.PartOf(member.Member.Name));
            _memberStores ??= new Dictionary<(ISymbol, ValuePart), List<IOperation>>(PiiFlow.MemberPartComparer.Instance);
            if (!_memberStores.TryGetValue(key, out var values))
            {
                _memberStores[key] = values = new List<IOperation>();
            }

            values.Add(value);
        }
    }

    /// <summary>The keys of <c>dict[key] = value</c>: the dictionary holds them too (its pairs and <c>Keys</c> show them).</summary>
    private void RecordIndexerKeys(IOperation target)
    {
        if (Unwrap(target) is IPropertyReferenceOperation { Property.IsIndexer: true } indexer && StorageOf(indexer.Instance) is { } container)
        {
            foreach (var argument in indexer.Arguments)
            {
                Add(container, argument.Value);
            }
        }
    }

    /// <summary>
    /// A library call writing into a buffer it is handed (<c>email.AsSpan().CopyTo(span)</c>, <c>email.CopyTo(0, chars, 0, n)</c>,
    /// <c>encoding.GetBytes(text, 0, n, bytes, 0)</c>): the buffer takes what the receiver and the other arguments carry.
    /// A writable span or memory is a destination by convention; an array only for an instance method (a static one such
    /// as <c>Array.IndexOf(items, x)</c> reads it).
    /// </summary>
    private void RecordBufferWrites(IInvocationOperation invocation, IOperation? receiver)
    {
        var method = invocation.TargetMethod;
        if (!method.DeclaringSyntaxReferences.IsEmpty)
        {
            return;
        }

        foreach (var destination in invocation.Arguments)
        {
            if (destination.Parameter is not { RefKind: RefKind.None, IsParams: false } parameter
                || !IsBuffer(parameter.Type, method.IsStatic && !method.IsExtensionMethod)
                || StorageOf(destination.Value) is not { } buffer)
            {
                continue;
            }

            if (receiver is not null && !ReferenceEquals(receiver, destination.Value))
            {
                Add(buffer, receiver);
            }

            foreach (var input in invocation.Arguments)
            {
                if (input != destination && input.ArgumentKind != ArgumentKind.DefaultValue && input.Parameter?.RefKind != RefKind.Out)
                {
                    Add(buffer, input.Value);
                }
            }
        }
    }

    private static bool IsBuffer(ITypeSymbol type, bool staticCall) => type switch
    {
        IArrayTypeSymbol => !staticCall,
        INamedTypeSymbol { TypeArguments.Length: 1 } named => Model.SymbolNames.Is(named.OriginalDefinition, "System.Span`1")
            || Model.SymbolNames.Is(named.OriginalDefinition, "System.Memory`1"),
        _ => false,
    };

    /// <summary>
    /// What a pattern matches against: the member a property subpattern reads (<c>{ Email: var m }</c> gives <c>m</c> the
    /// email, not the whole object), else the input of the enclosing pattern, <c>is</c> test or <c>switch</c>.
    /// </summary>
    private static IOperation? PatternInput(IPatternOperation pattern)
    {
        switch (pattern.Parent)
        {
            case IPropertySubpatternOperation subpattern:
                return subpattern.Member is IPropertyReferenceOperation or IFieldReferenceOperation
                    ? subpattern.Member
                    : subpattern.Parent is IPatternOperation owner ? PatternInput(owner) : null;
            case IPatternOperation outer:
                return PatternInput(outer);
            case IIsPatternOperation isPattern:
                return isPattern.Value;
            case ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression }:
                return switchExpression.Value;
            case IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } }:
                return switchStatement.Value;
            default:
                return null;
        }
    }

    /// <summary>
    /// <paramref name="deconstruct"/>: the object's <c>Deconstruct</c> method when the value is no tuple literal, so each
    /// element takes what that method writes into its own <c>out</c> parameter, not the whole object.
    /// </summary>
    private void RecordDeconstruction(IOperation target, IOperation value, IMethodSymbol? deconstruct)
    {
        if (target is IDeclarationExpressionOperation declaration)
        {
            target = declaration.Expression;
        }

        if (Unwrap(target) is ITupleOperation targets)
        {
            var values = Unwrap(value) as ITupleOperation;
            var offset = deconstruct is null ? -1 : deconstruct.Parameters.Length - targets.Elements.Length;
            for (var i = 0; i < targets.Elements.Length; i++)
            {
                var element = targets.Elements[i];
                var flat = Unwrap(element) is not (ITupleOperation or IDeclarationExpressionOperation { Expression: ITupleOperation });
                if (values is null && flat && (offset is 0 or 1 || deconstruct is null && i < 7 && value.Type is { IsTupleType: true }))
                {
                    // An object's Deconstruct writes one out parameter per element; a tuple value gives its element i.
                    (_deconstructed ??= new Dictionary<IOperation, DeconstructedElement>(OperationByPlace.Instance))[element] =
                        new DeconstructedElement(value, deconstruct is null ? null : deconstruct.Parameters[i + offset], i);
                    Overwrite(StorageOf(element), element);
                    continue;
                }

                RecordDeconstruction(element, values is not null && i < values.Elements.Length ? values.Elements[i] : value, deconstruct: null);
            }
        }
        else
        {
            Overwrite(StorageOf(target), value);
        }
    }

    /// <summary>
    /// <c>foreach (var (email, id) in pairs)</c> over tuples: each variable takes its element of the items; over a
    /// dictionary's pairs (<c>foreach (var (code, phone) in lookup)</c>) the key and the value; false for any other loop.
    /// </summary>
    private bool RecordItemDeconstruction(IForEachLoopOperation loop)
    {
        if (loop.LoopControlVariable is not IDeclarationExpressionOperation { Expression: ITupleOperation targets }
            || (Unwrap(loop.Collection)?.Type ?? loop.Collection.Type) is not { } collection
            || !(Model.TypeContents.ElementType(collection) is { IsTupleType: true } || Model.TypeContents.EnumeratesPairs(collection)))
        {
            return false;
        }

        for (var i = 0; i < targets.Elements.Length; i++)
        {
            var element = targets.Elements[i];
            if (i >= 7 || Unwrap(element) is ITupleOperation or IDeclarationExpressionOperation)
            {
                Overwrite(StorageOf(element), loop.Collection);
                continue;
            }

            (_deconstructed ??= new Dictionary<IOperation, DeconstructedElement>(OperationByPlace.Instance))[element] =
                new DeconstructedElement(loop.Collection, null, i);
            Overwrite(StorageOf(element), element);
        }

        return true;
    }

    /// <summary>The <c>Deconstruct</c> method a deconstruction of an object calls, from the block's own semantic model.</summary>
    private static IMethodSymbol? DeconstructMethod(IDeconstructionAssignmentOperation deconstruction) =>
        deconstruction.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax syntax && deconstruction.SemanticModel is { } model
            ? Microsoft.CodeAnalysis.CSharp.CSharpExtensions.GetDeconstructionInfo(model, syntax).Method
            : null;

    /// <summary>For a stored value that is one element of an object's deconstruction: the object and the <c>out</c> parameter.</summary>
    public DeconstructedElement? Deconstructed(IOperation value) =>
        _deconstructed is not null && _deconstructed.TryGetValue(value, out var element) ? element : null;

    private void RecordFillingCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var receiver = SinkSet.Receiver(invocation);

        // A local passed as `out` takes what the receiver holds (dictionary.TryGetValue(key, out var value)), and
        // whatever the call writes there (the argument stands for that write). A JSON document's value looked up by name
        // holds what the name says, not the whole document.
        var keyedLookUp = FrameworkSources.IsJsonLookUp(invocation);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref)
            {
                if (receiver is not null && argument.Parameter.RefKind == RefKind.Out && !keyedLookUp)
                {
                    Add(StorageOf(argument.Value), receiver);
                }

                Overwrite(StorageOf(argument.Value), argument);
            }
        }

        RecordBufferWrites(invocation, receiver);
        if (Empties(invocation) && StorageOf(receiver) is { } emptied)
        {
            // builder.Clear(): what was appended before no longer reaches the reads after it.
            Overwrite(emptied, invocation);
            return;
        }

        if (!FillingMethods.Contains(method.Name))
        {
            return;
        }

        // result.Errors.Add(x): the local's member holds x.
        if (!method.IsExtensionMethod && method.DeclaringSyntaxReferences.IsEmpty)
        {
            foreach (var argument in invocation.Arguments)
            {
                RecordMemberStore(receiver, argument.Value);
            }
        }

        // builder.Append(a).Append(b): walk down the fluent chain to the builder itself.
        if (ContainerOf(invocation) is not { } container)
        {
            return;
        }

        var skipThis = method.IsExtensionMethod && invocation.Instance is null;
        foreach (var argument in invocation.Arguments)
        {
            if (skipThis)
            {
                skipThis = false;
                continue;
            }

            Add(container, argument.Value);
        }
    }

    /// <summary>A library container's parameterless <c>Clear()</c> (<c>StringBuilder</c>, lists, dictionaries): it empties its receiver.</summary>
    public static bool Empties(IOperation operation) =>
        operation is IInvocationOperation { Instance: not null, TargetMethod: { Name: "Clear", Parameters.Length: 0, IsStatic: false, DeclaringSyntaxReferences.IsEmpty: true } };

    /// <summary>The local a filling or emptying call changes: its receiver, down a fluent chain (<c>sb.Append(a).Append(b)</c>).</summary>
    public static ISymbol? ContainerOf(IInvocationOperation invocation)
    {
        var receiver = SinkSet.Receiver(invocation);
        while (receiver is IInvocationOperation inner && FillingMethods.Contains(inner.TargetMethod.Name))
        {
            receiver = SinkSet.Receiver(inner);
        }

        return StorageOf(receiver);
    }

    /// <summary>Whether <paramref name="method"/> puts its arguments into its receiver (<c>Append</c>, <c>Add</c>, …).</summary>
    public static bool Fills(IMethodSymbol method) => FillingMethods.Contains(method.Name);

    /// <summary>The local or parameter a target writes to: itself, or the container whose element or indexer it is.</summary>
    private static ISymbol? StorageOf(IOperation? target) => Unwrap(target) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IDeclarationExpressionOperation declaration => StorageOf(declaration.Expression),
        IArrayElementReferenceOperation element => StorageOf(element.ArrayReference),
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer => StorageOf(indexer.Instance),
        _ => null,
    };

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>A store that replaces what the symbol held (counted: one such store needs no control-flow graph).</summary>
    private void Overwrite(ISymbol? symbol, IOperation? value)
    {
        if (symbol is not null && value is not null)
        {
            _overwrites[symbol] = (_overwrites.TryGetValue(symbol, out var count) ? count : 0) + 1;
        }

        AddValue(symbol, value);
    }

    /// <summary>A filling: what a call or an element's or member's assignment puts into the symbol's value, which it keeps.</summary>
    private void Add(ISymbol? symbol, IOperation? value)
    {
        if (symbol is not null && value is not null)
        {
            (_fillings ??= new HashSet<IOperation>(OperationByPlace.Instance)).Add(value);
        }

        AddValue(symbol, value);
    }

    private void AddValue(ISymbol? symbol, IOperation? value)
    {
        if (symbol is null || value is null)
        {
            return;
        }

        if (!_values.TryGetValue(symbol, out var values))
        {
            _values[symbol] = values = new List<IOperation>();
        }

        values.Add(value);
    }
}

/// <summary>
/// One element of <c>var (id, email) = member</c>: the deconstructed value and the <c>Deconstruct</c> parameter it comes from,
/// or, for a tuple value (<c>var (n, c) = Info(m)</c>), no parameter and the element's position.
/// </summary>
internal sealed record DeconstructedElement(IOperation Source, IParameterSymbol? Parameter, int Index);
