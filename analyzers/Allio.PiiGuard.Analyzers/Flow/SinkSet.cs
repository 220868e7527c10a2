using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The rows of one sink kind whose types exist in a compilation, indexed by member name so that
/// the common case (a call that is no sink) costs one dictionary miss.
/// </summary>
internal sealed class SinkSet
{
    private readonly Dictionary<string, List<SinkRow>> _calls = new();
    private readonly Dictionary<string, List<SinkRow>> _assignments = new();
    private readonly List<SinkRow> _constructions = new();

    // Every object creation asks, mostly for the same few types: each type's row (or none) is found once, as walking its
    // base types against every row's name at each `new` was a large share of the flow rules' time.
    private readonly ConcurrentDictionary<ITypeSymbol, SinkRow?> _constructedTypes = new(SymbolEqualityComparer.Default);

    private SinkSet()
    {
    }

    public bool HasConstructions => _constructions.Count > 0;

    public bool HasAssignments => _assignments.Count > 0;

    /// <summary>The sinks of <paramref name="kind"/> present in the compilation, or null when none is (register nothing then).</summary>
    public static SinkSet? Resolve(Compilation compilation, SinkKind kind)
    {
        var set = new SinkSet();
        var any = false;
        foreach (var row in SinkTable.Rows)
        {
            if (row.Kind != kind || !TypePresence.Exists(compilation, row.TypeName))
            {
                continue;
            }

            any = true;
            switch (row.Shape)
            {
                case SinkShape.Construction:
                    set._constructions.Add(row);
                    break;
                case SinkShape.Call:
                    Index(set._calls, row);
                    break;
                case SinkShape.Assignment:
                    Index(set._assignments, row);
                    break;
            }
        }

        return any ? set : null;
    }

    public SinkMatch? MatchCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (_calls.TryGetValue(method.Name, out var rows))
        {
            // Most calls miss the index: the receiver is looked at only for a call named like a sink.
            // A receiver of the method's own type (list.Add) would walk the same bases and interfaces again.
            var receiver = Receiver(invocation);
            var receiverType = SymbolEqualityComparer.Default.Equals(receiver?.Type, method.ContainingType) ? null : receiver?.Type;
            foreach (var row in rows)
            {
                if ((TypeMatching.IsOrInherits(method.ContainingType, row.TypeName) || TypeMatching.IsOrInherits(receiverType, row.TypeName))
                    && ReceiverAllowed(row, receiver))
                {
                    return new SinkMatch(row, new SinkName(row.Display, ".", method.Name));
                }
            }
        }

        // Rows for every method of a type (result factories by their body parameter): only methods the type itself declares,
        // so a subclass's own helpers (a controller's private methods) are not taken for the library's.
        if (_calls.TryGetValue(SinkRow.AnyMember, out var anyRows))
        {
            foreach (var row in anyRows)
            {
                if (SymbolNames.Is(method.ContainingType?.OriginalDefinition, row.TypeName))
                {
                    return new SinkMatch(row, new SinkName(row.Display, ".", method.Name));
                }
            }
        }

        return null;
    }

    /// <summary>True when some call row is named <paramref name="name"/>: the cheap test before resolving anything.</summary>
    public bool HasCallNamed(string name) => _calls.ContainsKey(name);

    /// <summary>
    /// Matches a call known only by its name and the type of its receiver (or the type named before the dot), for
    /// code read from syntax: the receiver's type is the row's type, or an extension method of the row's type
    /// with that name takes it. Rows that constrain the receiver member are left out.
    /// </summary>
    public SinkMatch? MatchCallByName(string name, ITypeSymbol receiverType, Compilation compilation)
    {
        if (!_calls.TryGetValue(name, out var rows))
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (!row.Receivers.IsDefaultOrEmpty)
            {
                continue;
            }

            if (TypeMatching.IsOrInherits(receiverType, row.TypeName) || ExtendedBy(TypeLookup.Find(compilation, row.TypeName), name, receiverType))
            {
                return new SinkMatch(row, new SinkName(row.Display, ".", name));
            }
        }

        return null;
    }

    /// <summary>
    /// Matches a call known only by its name and receiver type against the rows for every method of a type
    /// (<c>Results.Ok(value)</c>, a controller's <c>Ok(value)</c>): the nearest type declaring a method of that name, from
    /// the receiver's type up, is the row's type, so a subclass's own helper of the same name is not taken for it.
    /// </summary>
    public SinkMatch? MatchEveryMemberByName(string name, ITypeSymbol receiverType)
    {
        if (!_calls.TryGetValue(SinkRow.AnyMember, out var rows))
        {
            return null;
        }

        for (var current = receiverType; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is not IMethodSymbol)
                {
                    continue;
                }

                foreach (var row in rows)
                {
                    if (SymbolNames.Is(current.OriginalDefinition, row.TypeName))
                    {
                        return new SinkMatch(row, new SinkName(row.Display, ".", name));
                    }
                }

                return null;
            }
        }

        return null;
    }

    public SinkMatch? MatchConstruction(IObjectCreationOperation creation) => creation.Type is { } type ? MatchConstructedType(type) : null;

    public SinkMatch? MatchConstructedType(ITypeSymbol type)
    {
        if (_constructions.Count == 0)
        {
            return null;
        }

        var row = _constructedTypes.TryGetValue(type, out var known) ? known : _constructedTypes.GetOrAdd(type, ConstructionRowOf);
        return row is null ? null : new SinkMatch(row, new SinkName("new", " ", type.Name));
    }

    private SinkRow? ConstructionRowOf(ITypeSymbol type)
    {
        foreach (var row in _constructions)
        {
            if (SymbolNames.IsOrDerivesFrom(type, row.TypeName))
            {
                return row;
            }
        }

        return null;
    }

    private static bool ExtendedBy(INamedTypeSymbol? owner, string name, ITypeSymbol receiverType)
    {
        if (owner is null)
        {
            return false;
        }

        foreach (var member in owner.GetMembers(name))
        {
            if (member is IMethodSymbol { IsExtensionMethod: true, Parameters.Length: > 0 } extension
                && Inherits(receiverType, extension.Parameters[0].Type.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Inherits(ITypeSymbol type, ITypeSymbol target)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, target))
            {
                return true;
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Matches <c>target = value</c> where the target is a property or indexer of a sink type.</summary>
    public SinkMatch? MatchAssignment(IPropertyReferenceOperation target)
    {
        // Every property assignment passes here: most miss both look-ups, before any type is read.
        var property = target.Property;
        var name = property.IsIndexer ? SinkRow.Indexer : property.Name;
        var named = _assignments.TryGetValue(name, out var rows) ? rows : null;
        var anyMember = _assignments.TryGetValue(SinkRow.AnyMember, out var anyRows) ? anyRows : null;
        if (named is null && anyMember is null)
        {
            return null;
        }

        var receiver = target.Instance is { } instance ? WithoutConversions(instance) : null;
        var ownerType = receiver is not null ? receiver.Type : property.ContainingType;
        return Match(named) ?? Match(anyMember);

        SinkMatch? Match(List<SinkRow>? candidates)
        {
            if (candidates is null)
            {
                return null;
            }

            foreach (var row in candidates)
            {
                if ((TypeMatching.IsOrInherits(ownerType, row.TypeName) || TypeMatching.IsOrInherits(property.ContainingType, row.TypeName))
                    && ReceiverAllowed(row, receiver))
                {
                    return new SinkMatch(row, property.IsIndexer ? new SinkName(row.Display, "[...]", string.Empty) : new SinkName(row.Display, ".", property.Name));
                }
            }

            return null;
        }
    }

    /// <summary>The values a matched call writes out: its receiver for a receiver row, else its arguments.</summary>
    public static IEnumerable<SinkValue> ValuesOf(SinkRow row, IInvocationOperation invocation)
    {
        if (row.Arguments != SinkArguments.Receiver)
        {
            return ValuesOf(row, invocation.Arguments);
        }

        return Receiver(invocation) is { } receiver ? [new SinkValue(receiver, null, -1)] : [];
    }

    /// <summary>The values a matched call or construction writes out, <c>params</c> arrays expanded.</summary>
    public static IEnumerable<SinkValue> ValuesOf(SinkRow row, ImmutableArray<IArgumentOperation> arguments)
    {
        if (row.Arguments == SinkArguments.Receiver || Classifies(arguments))
        {
            yield break;
        }

        var first = true;
        foreach (var argument in arguments)
        {
            var skip = row.Arguments switch
            {
                SinkArguments.AllButFirst => first,
                SinkArguments.Named => argument.Parameter is null || !row.Parameters.Contains(argument.Parameter.Name),
                _ => false,
            };
            first = false;
            if (skip || argument.Parameter?.RefKind == RefKind.Out)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                for (var i = 0; i < initializer.ElementValues.Length; i++)
                {
                    yield return new SinkValue(initializer.ElementValues[i], argument, i);
                }
            }
            else if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                yield return new SinkValue(argument.Value, argument, -1);
            }
        }
    }

    /// <summary>
    /// A call told what classification its values have (<c>collector.Add("email", value, classifications)</c>): the logging
    /// pipeline writes them through the redactor configured for it.
    /// </summary>
    private static bool Classifies(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Type is { Name: "DataClassificationSet" or "DataClassification" } type
                && (Model.SymbolNames.Is(type, "Microsoft.Extensions.Compliance.Classification.DataClassificationSet")
                    || Model.SymbolNames.Is(type, "Microsoft.Extensions.Compliance.Classification.DataClassification")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The receiver of a call: the instance, or the <c>this</c> argument of an extension method.</summary>
    public static IOperation? Receiver(IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance)
        {
            return WithoutConversions(instance);
        }

        return invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0
            ? WithoutConversions(invocation.Arguments[0].Value)
            : null;
    }

    private static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static bool ReceiverAllowed(SinkRow row, IOperation? receiver)
    {
        if (row.Receivers.IsDefaultOrEmpty)
        {
            return true;
        }

        var member = receiver switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IFieldReferenceOperation field => field.Field,
            IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } implicitReceiver => InitializedMember(implicitReceiver),
            _ => null,
        };
        foreach (var allowed in row.Receivers)
        {
            if (SymbolNames.Is(member, allowed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The member a nested initializer fills (<c>Data</c> in <c>new Exception("x") { Data = { ["k"] = v } }</c>), for the
    /// implicit receiver of its entries; null for the created object's own initializer.
    /// </summary>
    private static ISymbol? InitializedMember(IOperation implicitReceiver)
    {
        for (var current = implicitReceiver.Parent; current is not null; current = current.Parent)
        {
            if (current is IObjectOrCollectionInitializerOperation initializer)
            {
                return initializer.Parent is IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation filled } ? filled.Member : null;
            }
        }

        return null;
    }

    private static void Index(Dictionary<string, List<SinkRow>> index, SinkRow row)
    {
        foreach (var member in row.Members)
        {
            if (!index.TryGetValue(member, out var rows))
            {
                index[member] = rows = new List<SinkRow>();
            }

            rows.Add(row);
        }
    }
}
