using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>Reads of one part of a value (<see cref="ValuePart"/>): followed to where the parts are told apart.</summary>
internal sealed partial class TaintWalker
{
    /// <summary>
    /// Visits <paramref name="part"/> of <paramref name="operation"/> where the engine can tell the parts apart: a tuple
    /// literal's element, what a local or a lambda parameter holds, a method of the compilation's returned element, a
    /// key selector; false to visit the whole value instead.
    /// </summary>
    private bool VisitSelected(IOperation operation, ValuePart part, IOperation? witness)
    {
        switch (operation)
        {
            // A user-defined conversion is a call to its operator: the whole value, read by the operator's summary.
            case IConversionOperation { OperatorMethod: null } conversion:
                VisitPart(conversion.Operand, witness, part);
                return true;
            case IParenthesizedOperation parenthesized:
                VisitPart(parenthesized.Operand, witness, part);
                return true;
            // await Task.WhenAll(tasks): a part of what the task gives.
            case IAwaitOperation awaited:
                VisitPart(awaited.Operation, witness, part);
                return true;
            case ITupleOperation tuple when part.Kind == ValuePartKind.Element:
                if (part.Index < tuple.Elements.Length)
                {
                    Visit(tuple.Elements[part.Index], witness);
                }

                return true;
            case ILocalReferenceOperation local:
                VisitStored(local.Local, local, witness ?? local, part);
                if (part.Kind == ValuePartKind.Member)
                {
                    // result.Message = $"…{u.Email}" in a statement of the block, not in an initializer.
                    foreach (var stored in LocalDefinitions.For(local).MemberValuesOf(local.Local, part, local))
                    {
                        VisitExpanded(stored, witness ?? local);
                    }
                }

                return true;
            // A lambda's parameter, unless the lambda is the one summarized: its callers give it, part by part like a method's.
            case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LambdaMethod } lambda } parameter
                when !SymbolEqualityComparer.Default.Equals(lambda, _summarizing):
                VisitParameter(parameter, witness, part);
                return true;
            case IParameterReferenceOperation parameter when part.Bit >= 0 && TracksParameterElements:
                return VisitParameterPart(parameter, part);
            case IParameterReferenceOperation parameter when part.Kind == ValuePartKind.Element:
                return VisitNamedElement(parameter, part, witness);
            // failures[0] of a list or an array: an element of its item.
            case IPropertyReferenceOperation { Property: { IsIndexer: true, Parameters.Length: 1 } indexer, Instance: { } list }
                when part.IsItemPart && indexer.Parameters[0].Type.SpecialType == SpecialType.System_Int32
                && !PiiFlow.IsDeclaredInSource(indexer.ContainingType):
                VisitPart(list, witness, part);
                return true;
            // new[] { a, b }, [a, b], new List<T> { a, b }: an element of each item.
            case IArrayCreationOperation { Initializer: { } items } when part.IsItemPart:
                foreach (var item in items.ElementValues)
                {
                    VisitPart(item, witness, part);
                }

                return true;
            case ICollectionExpressionOperation items when part.IsItemPart:
                foreach (var item in items.Elements)
                {
                    VisitPart(item is ISpreadOperation spread ? spread.Operand : item, witness, part);
                }

                return true;
            case IObjectCreationOperation { Initializer: { } items, Type: { } collection } when part.IsItemPart && !PiiFlow.IsDeclaredInSource(collection):
                foreach (var add in items.Initializers)
                {
                    if (add is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } call)
                    {
                        VisitPart(call.Arguments[0].Value, witness, part);
                    }
                }

                return true;
            case IArrayElementReferenceOperation { Indices.Length: 1 } item when part.IsItemPart:
                VisitPart(item.ArrayReference, witness, part);
                return true;
            case IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member:
                return VisitStoredPart(member, part, witness);
            case IConditionalOperation { WhenFalse: not null } conditional:
                VisitPart(conditional.WhenTrue, witness, part);
                VisitPart(conditional.WhenFalse, witness, part);
                return true;
            case ICoalesceOperation coalesce:
                VisitPart(coalesce.Value, witness, part);
                VisitPart(coalesce.WhenNull, witness, part);
                return true;
            case IInvocationOperation invocation:
                return VisitSelectedCall(invocation, part, witness);
            // new Tuple<string, int>(a, b): an element is its argument.
            case IObjectCreationOperation { Type: INamedTypeSymbol created } creation when part.Kind == ValuePartKind.Element && ValuePart.IsTupleClass(created):
                if (part.Index < creation.Arguments.Length)
                {
                    Visit(creation.Arguments[part.Index].Value, witness);
                }

                return true;
            // new Row(rank, name): an element is the argument the constructor copies into a property.
            case IObjectCreationOperation { Type: INamedTypeSymbol created } creation when part.Kind == ValuePartKind.Element
                && PiiFlow.IsDeclaredInSource(created) && _flow.CopiesOf(created).Constructor is not null:
                if (_flow.CopiesOf(created).IsFilledBy(creation.Constructor) && ArgumentAt(creation, part.Index) is { } given)
                {
                    Visit(given, witness);
                }

                return true;
            // new Item { Label = u.Email }: the value its initializer gives the member, or nothing.
            case IObjectCreationOperation { Type: INamedTypeSymbol created } creation when part.Kind == ValuePartKind.Member
                && PiiFlow.IsDeclaredInSource(created):
                if (InitializedValue(creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty, part) is { } initialized)
                {
                    VisitExpanded(initialized, witness ?? initialized);
                }

                return true;
            case IWithOperation copy when part.Kind == ValuePartKind.Member:
                if (InitializedValue(copy.Initializer.Initializers, part) is { } replaced)
                {
                    Visit(replaced, witness);
                }
                else
                {
                    VisitPart(copy.Operand, witness, part);
                }

                return true;
            // row with { DisplayName = x }: the new value, else the copied record's element.
            case IWithOperation { Type: INamedTypeSymbol { IsRecord: true } record } copy when part.Kind == ValuePartKind.Element:
                foreach (var initializer in copy.Initializer.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                        && _flow.CopiesOf(record).ElementOf(target.Property) is { } element
                        && element.Index == part.Index)
                    {
                        Visit(assignment.Value, witness);
                        return true;
                    }
                }

                VisitPart(copy.Operand, witness, part);
                return true;
            case IConditionalAccessOperation conditional:
                VisitPart(conditional.WhenNotNull, witness, part);
                return true;
            case IConditionalAccessInstanceOperation instance when AccessedValue(instance) is { } accessed:
                VisitPart(accessed, witness, part);
                return true;
            case IObjectCreationOperation creation when part.Kind is ValuePartKind.Key or ValuePartKind.Value:
                return VisitNamedArguments(creation.Arguments, part.Kind == ValuePartKind.Key ? "key" : "value", witness)
                    | VisitInitializedEntries(creation, part.Kind, witness);
            default:
                return false;
        }
    }

    /// <summary>
    /// An element of a method's tuple parameter whose callers are not followed here, named like personal data
    /// (<c>contact.Phone</c> of <c>(string Name, string Phone) contact</c>): a source by its name, as a parameter named
    /// <c>phone</c> is; false for any other element, the parameter of a summarized method (its callers decide) or a
    /// parameter stored into.
    /// </summary>
    private bool VisitNamedElement(IParameterReferenceOperation reference, ValuePart part, IOperation? witness)
    {
        var parameter = reference.Parameter;
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LambdaMethod) } method
            || SymbolEqualityComparer.Default.Equals(method, _summarizing)
            || TupleOf(parameter.Type) is not { TupleElements: var elements } || part.Index >= elements.Length
            || LocalDefinitions.For(reference).ValuesOf(parameter).Count != 0)
        {
            return false;
        }

        // An element named like nothing personal (thirdParty.Insurer) holds nothing: the other elements are not read.
        if (_flow.GetTupleElement(elements[part.Index]) is { } pii)
        {
            Add(witness ?? reference, elements[part.Index], pii, null);
        }

        return true;
    }

    /// <summary>
    /// One part of a parameter of the summarized method never stored into — an element of a tuple, the keys or the values
    /// of a dictionary: recorded as that part reaching (so a caller is read part by part); false for anything else.
    /// </summary>
    private bool VisitParameterPart(IParameterReferenceOperation reference, ValuePart part)
    {
        var parameter = reference.Parameter;
        if (_summarizing is null || parameter.Ordinal >= 64 || _flow.GetPii(parameter) is not null
            || !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _summarizing)
            || LocalDefinitions.For(reference).ValuesOf(parameter).Count != 0)
        {
            return false;
        }

        FlowingElements ??= new Dictionary<int, ulong>();
        FlowingElements.TryGetValue(parameter.Ordinal, out var parts);
        FlowingElements[parameter.Ordinal] = parts | (1UL << part.Bit);
        return true;
    }

    /// <summary>
    /// One part of what the compilation stores into an unmarked field or property of its own: an element of the tuples
    /// it holds (<c>_last = (u.Id, u.Email)</c>, then <c>_last.Item1</c>), the keys or values of a collection it fills
    /// (<c>_counts[u.Email] = 1</c>, then <c>_counts.Values</c>); false for any other member.
    /// </summary>
    private bool VisitStoredPart(IMemberReferenceOperation reference, ValuePart part, IOperation? witness)
    {
        var member = reference.Member;
        var type = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
        // A member an initializer set is not told apart in what a field holds: its object is not traced there.
        if (part.Kind == ValuePartKind.Member || part.Kind == ValuePartKind.Element && !type.IsTupleType || member.ContainingType is { IsTupleType: true }
            || _flow.GetPii(member) is not null || _flow.StoredInto(member).IsEmpty)
        {
            return false;
        }

        foreach (var (source, pii, whole) in _flow.StoredInto(member, part))
        {
            Add(witness ?? reference, source, pii, whole);
        }

        return true;
    }

    /// <summary>
    /// One element of what a method of the compilation returns (read from its returned tuples), or the keys or values a
    /// library call builds with a key selector (<c>ToDictionary</c>, <c>GroupBy</c>, <c>ToLookup</c>).
    /// </summary>
    private bool VisitSelectedCall(IInvocationOperation invocation, ValuePart part, IOperation? witness)
    {
        var method = invocation.TargetMethod;
        if (_flow.IsSanitizer(method) || PiiFlow.IsAnswer(invocation.Type))
        {
            return true;
        }

        if (part.IsItemPart)
        {
            // Tuple.Create(a, b): an element is its argument.
            if (part.Kind == ValuePartKind.Element && method is { Name: "Create", IsStatic: true } && ValuePart.IsTupleClass(method.ReturnType as INamedTypeSymbol))
            {
                if (part.Index < invocation.Arguments.Length)
                {
                    Visit(invocation.Arguments[part.Index].Value, witness);
                }

                return true;
            }

            // A library call that returns its source's items (First, Where, ToList) or what a projection makes of them (Select).
            if (method.DeclaringSyntaxReferences.IsEmpty && ItemsOf(invocation) is { } items)
            {
                foreach (var item in items)
                {
                    VisitPart(item, witness, part);
                }

                return true;
            }

            // A library's rows typed by a tuple the code names (Dapper's QueryAsync<(Guid Id, string Email)>): an element
            // holds what its name says, as a tuple parameter's does; nothing in the compilation put it there.
            if (method.DeclaringSyntaxReferences.IsEmpty && part.Kind == ValuePartKind.Element && invocation.Type is { } rows
                && TypeContents.Item(PiiNameHeuristics.Awaited(rows)) is INamedTypeSymbol { IsTupleType: true, TupleElements: var columns }
                && part.Index < columns.Length)
            {
                if (_flow.GetTupleElement(columns[part.Index]) is { } column)
                {
                    Add(witness ?? invocation, columns[part.Index], column, null);
                }

                return true;
            }

            if (_flow.Summaries.GetElement(method, part, invocation, SummariesInProgress) is not { } element)
            {
                return false;
            }

            if (_flow.GetPii(method) is { } returned)
            {
                Add(witness ?? invocation, method, returned, null);
            }

            AddSummary(element, invocation, witness);
            foreach (var argument in invocation.Arguments)
            {
                VisitArgument(element, argument.Value, argument.Parameter, witness);
            }

            return true;
        }

        if (!method.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        // The key or the value of an item a call keeps (First().Key of a GroupBy's groups): the source's items'.
        if (method.Name is not ("Select" or "SelectMany" or "GroupBy" or "ToLookup") && ItemsOf(invocation) is { } kept)
        {
            foreach (var item in kept)
            {
                VisitPart(item, witness, part);
            }

            return true;
        }

        if (KeySelector(invocation) is not { } keySelector)
        {
            return false;
        }

        if (part.Kind == ValuePartKind.Key)
        {
            // A group's key over a special category (a voting intention, a diagnosis) is a value everyone in the group
            // shares, so it names no one; a dictionary's key belongs to one item.
            var before = _hits.Count;
            VisitFunctionResult(keySelector.Value, witness);
            if (method.Name is "GroupBy" or "ToLookup")
            {
                DropHitsSince(before, hit => hit.Pii.Category == PiiCategory.Sensitive);
            }
        }
        else
        {
            VisitLibraryCall(invocation, witness, skipped: keySelector.Parameter);
        }

        return true;
    }

    /// <summary>
    /// For a LINQ call, the values its result's items come from: a projection's returned values (<c>Select(x =&gt; …)</c>), or
    /// the source when the call returns the source's own items (<c>First</c>, <c>Where</c>, <c>OrderBy</c>, <c>ToList</c>,
    /// and <c>Task.WhenAll</c>, whose results are its tasks'); null for any other call.
    /// </summary>
    internal static IEnumerable<IOperation>? ItemsOf(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType is not { } owner || invocation.Arguments.Length == 0 || invocation.Type is not { } result)
        {
            return null;
        }

        var source = OperationShapes.WithoutConversions(invocation.Arguments[0].Value);

        // await Task.WhenAll(tasks): the results are what the tasks give, item by item.
        if (method is { Name: "WhenAll", IsStatic: true } && invocation.Arguments.Length == 1 && SymbolNames.Is(owner, "System.Threading.Tasks.Task"))
        {
            return [source];
        }

        if (!(SymbolNames.Is(owner, "System.Linq.Enumerable") || SymbolNames.Is(owner, "System.Linq.Queryable")))
        {
            return null;
        }
        if (method.Name is "Select" or "SelectMany" && invocation.Arguments.Length == 2)
        {
            return LambdaOf(invocation.Arguments[1].Value) is { } projection
                ? MethodSummaries.ReturnedValuesOf(projection)
                : MethodSummaries.ReturnedValuesOfGroup(invocation.Arguments[1].Value, invocation);
        }

        // Zip(second, (a, b) => …): what its result selector makes of each pair.
        if (method.Name == "Zip" && invocation.Arguments.Length == 3 && LambdaOf(invocation.Arguments[2].Value) is { } zipped)
        {
            return MethodSummaries.ReturnedValuesOf(zipped);
        }

        // The groups of GroupBy and ToLookup hold the source's items, or what their element selector makes of them.
        if (method.Name is "GroupBy" or "ToLookup")
        {
            foreach (var argument in invocation.Arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "elementSelector":
                        return LambdaOf(argument.Value) is { } selector ? MethodSummaries.ReturnedValuesOf(selector) : null;
                    case "resultSelector":
                        return null;
                }
            }

            return [source];
        }

        // The items themselves (First, Where, ToList), also when they are groups (First of a GroupBy's groups).
        var sourceItem = source.Type is null ? null : TypeContents.ElementType(source.Type);
        return sourceItem is not null
            && (SymbolEqualityComparer.Default.Equals(TypeContents.Item(result), sourceItem) || SymbolEqualityComparer.Default.Equals(result, sourceItem))
                ? [source]
                : null;
    }

    /// <summary>
    /// True when a LINQ call's items are a collection's own items, through any chain of calls that keep them
    /// (<c>list.Where(…).First()</c>, <c>args.OfType&lt;T&gt;().First()</c>), not values a projection made.
    /// </summary>
    private static bool KeepsCollectionItems(IInvocationOperation call)
    {
        for (var current = call; ;)
        {
            var source = OperationShapes.WithoutConversions(current.Arguments[0].Value);
            if (ItemsOf(current) is not { } kept || !IsOnly(kept, source))
            {
                return false;
            }

            if (source is not IInvocationOperation inner || inner.Arguments.Length == 0 || ItemsOf(inner) is null)
            {
                return true;
            }

            current = inner;
        }
    }

    private static bool IsOnly(IEnumerable<IOperation> values, IOperation value)
    {
        var count = 0;
        foreach (var each in values)
        {
            if (++count > 1 || !ReferenceEquals(each, value))
            {
                return false;
            }
        }

        return count == 1;
    }

    /// <summary>The value an object or <c>with</c> initializer gives the member <paramref name="part"/> names; null when it sets none.</summary>
    private static IOperation? InitializedValue(ImmutableArray<IOperation> initializers, ValuePart part)
    {
        foreach (var initializer in initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment
                && InitializedMembers.PartOf(property) == part)
            {
                return assignment.Value;
            }
        }

        return null;
    }

    private static IArgumentOperation? KeySelector(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "keySelector")
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>What a function argument returns: a lambda's returned values, else the delegate as a whole.</summary>
    private void VisitFunctionResult(IOperation function, IOperation? witness)
    {
        if (LambdaOf(function) is { } lambda)
        {
            foreach (var value in MethodSummaries.ReturnedValuesOf(lambda))
            {
                Visit(value, witness);
            }
        }
        else
        {
            Visit(function, witness);
        }
    }

    /// <summary>
    /// The keys or the values a dictionary's initializer puts in (<c>{ [key] = value }</c>, <c>{ { key, value } }</c>); false
    /// when it has no such entries.
    /// </summary>
    private bool VisitInitializedEntries(IObjectCreationOperation creation, ValuePartKind kind, IOperation? witness)
    {
        if (creation.Initializer is not { Initializers.IsEmpty: false } initializer)
        {
            return false;
        }

        foreach (var entry in initializer.Initializers)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment:
                    if (kind == ValuePartKind.Key)
                    {
                        foreach (var argument in indexer.Arguments)
                        {
                            Visit(argument.Value, witness);
                        }
                    }
                    else
                    {
                        Visit(assignment.Value, witness);
                    }

                    break;
                case IInvocationOperation add when add.Arguments.Length == 2:
                    VisitNamedArguments(add.Arguments, kind == ValuePartKind.Key ? "key" : "value", witness);
                    break;
                case IInvocationOperation add:
                    // { a, b } of a list calls Add(a), Add(b): its elements, read by index as values.
                    foreach (var argument in add.Arguments)
                    {
                        Visit(argument.Value, witness);
                    }

                    break;
                default:
                    // An entry it cannot tell apart: the whole of it.
                    Visit(entry, witness);
                    break;
            }
        }

        return true;
    }

    /// <summary>The arguments given for parameters named <paramref name="name"/> (<c>new KeyValuePair&lt;K, V&gt;(key, value)</c>); false when none.</summary>
    private bool VisitNamedArguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string name, IOperation? witness)
    {
        var found = false;
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                Visit(argument.Value, witness);
                found = true;
            }
        }

        return found;
    }
}
