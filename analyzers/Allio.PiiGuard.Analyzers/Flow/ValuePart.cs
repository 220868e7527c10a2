using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The part of a value a read takes: one element of a tuple (<c>Info(m).Count</c>), the keys or the values of pairs,
/// dictionaries and groupings (<c>pair.Key</c>, <c>dict.Values</c>, <c>g.Key</c>), or the whole value.
/// </summary>
internal readonly record struct ValuePart(ValuePartKind Kind, int Index)
{
    public static ValuePart Whole => default;

    public static ValuePart Key => new(ValuePartKind.Key, 0);

    public static ValuePart Value => new(ValuePartKind.Value, 0);

    public static ValuePart Element(int index) => new(ValuePartKind.Element, index);

    public bool IsWhole => Kind == ValuePartKind.Whole;

    /// <summary>The element a tuple field reads (<c>Count</c> or <c>Item2</c> of <c>(string Name, int Count)</c>); whole beyond the seventh.</summary>
    public static ValuePart OfTupleField(IFieldSymbol field)
    {
        if (field.ContainingType is { IsTupleType: true, TupleElements: var elements })
        {
            var item = field.CorrespondingTupleField ?? field;
            for (var i = 0; i < elements.Length && i < 7; i++)
            {
                if (SymbolEqualityComparer.Default.Equals(elements[i].CorrespondingTupleField ?? elements[i], item))
                {
                    return Element(i);
                }
            }
        }

        return Whole;
    }

    /// <summary>
    /// The part a property of a library type reads of its instance: <c>Key</c>/<c>Keys</c> the keys, <c>Value</c>/<c>Values</c>
    /// and indexers the values (a key is never what an indexer returns); whole for any other property.
    /// </summary>
    public static ValuePart OfLibraryProperty(IPropertySymbol property) =>
        property.IsIndexer ? Value
        : property.Name is "Key" or "Keys" ? Key
        : property.Name is "Value" or "Values" ? Value
        : Whole;

    /// <summary>
    /// The role of a value stored into a container: the key of <c>dict[key] = v</c> or <c>dict.Add(key, v)</c>, the value
    /// of either, or (initializers, other fillings) the whole.
    /// </summary>
    public static ValuePartKind RoleOfStored(IOperation stored) => stored.Parent switch
    {
        IArgumentOperation { Parent: IPropertyReferenceOperation { Property.IsIndexer: true } } => ValuePartKind.Key,
        IArgumentOperation { Parameter.Name: "key" } => ValuePartKind.Key,
        IArgumentOperation { Parameter.Name: "value" } => ValuePartKind.Value,
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } } => ValuePartKind.Value,
        _ => ValuePartKind.Whole,
    };

    /// <summary>False when a stored value of <paramref name="role"/> cannot be this part (a key when values are read).</summary>
    public bool Admits(ValuePartKind role) =>
        role == ValuePartKind.Whole || Kind is ValuePartKind.Whole or ValuePartKind.Element || role == Kind;
}

internal enum ValuePartKind
{
    Whole,
    Element,
    Key,
    Value,
}
