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

    /// <summary>
    /// A property of an object of the compilation that its construction's initializer sets (<c>Label</c> of
    /// <c>new Item { Label = u.Email }</c>), by a hash of the property's name (see <see cref="InitializedMembers.PartOf"/>).
    /// </summary>
    public static ValuePart Member(int index) => new(ValuePartKind.Member, index);

    /// <summary>True for a part of each item a collection holds: a tuple's or a construction's element, a member an initializer sets.</summary>
    public bool IsItemPart => Kind is ValuePartKind.Element or ValuePartKind.Member;

    public bool IsWhole => Kind == ValuePartKind.Whole;

    /// <summary>
    /// The bit a wrapper's summary records for this part of a parameter read alone (elements 0–6, keys 62, values 63);
    /// -1 for the whole value.
    /// </summary>
    public int Bit => Kind switch
    {
        ValuePartKind.Element when Index < 7 => Index,
        ValuePartKind.Key => 62,
        ValuePartKind.Value => 63,
        _ => -1,
    };

    /// <summary>The parts whose <see cref="Bit"/> is set in <paramref name="bits"/>.</summary>
    public static System.Collections.Generic.IEnumerable<ValuePart> OfBits(ulong bits)
    {
        foreach (var part in new[] { Element(0), Element(1), Element(2), Element(3), Element(4), Element(5), Element(6), Key, Value })
        {
            if ((bits & (1UL << part.Bit)) != 0)
            {
                yield return part;
            }
        }
    }

    /// <summary>The element a tuple field reads (<c>Count</c> or <c>Item2</c> of <c>(string Name, int Count)</c>); whole beyond the seventh.</summary>
    /// <remarks>
    /// Elements are matched by their <c>ItemN</c> name: under nullable annotations the field a reference reads and the
    /// elements of its own containing type are distinct symbols that no symbol comparer calls equal.
    /// </remarks>
    public static ValuePart OfTupleField(IFieldSymbol field)
    {
        if (field.ContainingType is { IsTupleType: true, TupleElements: var elements })
        {
            var item = (field.CorrespondingTupleField ?? field).Name;
            for (var i = 0; i < elements.Length && i < 7; i++)
            {
                if ((elements[i].CorrespondingTupleField ?? elements[i]).Name == item)
                {
                    return Element(i);
                }
            }
        }

        return Whole;
    }

    /// <summary>
    /// The part a property of a library type reads of its instance: <c>Key</c>/<c>Keys</c> the keys, <c>Value</c>/<c>Values</c>
    /// and indexers the values (a key is never what an indexer returns), <c>Item1</c> to <c>Item7</c> of a
    /// <c>System.Tuple</c> its element; whole for any other property.
    /// </summary>
    public static ValuePart OfLibraryProperty(IPropertySymbol property) =>
        property.IsIndexer ? Value
        : property.Name is "Key" or "Keys" ? Key
        : property.Name is "Value" or "Values" ? Value
        : IsTupleClass(property.ContainingType) && property.Name.Length == 5 && property.Name.StartsWith("Item", System.StringComparison.Ordinal)
            && property.Name[4] is >= '1' and <= '7' ? Element(property.Name[4] - '1')
        : Whole;

    /// <summary><c>System.Tuple&lt;…&gt;</c>, the class form of a tuple (<c>Tuple.Create(a, b)</c>).</summary>
    public static bool IsTupleClass(INamedTypeSymbol? type) =>
        type is { Name: "Tuple", IsGenericType: true, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

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
        role == ValuePartKind.Whole || Kind is ValuePartKind.Whole or ValuePartKind.Element or ValuePartKind.Member || role == Kind;
}

internal enum ValuePartKind
{
    Whole,
    Element,
    Member,
    Key,
    Value,
}
