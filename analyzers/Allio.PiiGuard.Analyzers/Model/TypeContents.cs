using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// What a value of a type can hold: the elements of arrays, collections, sequences and dictionaries, the value
/// of a <c>Nullable&lt;T&gt;</c>, and the data members a serializer or printer reads. The flow engine,
/// the serialization rule and the generator ask this one place, so they agree on which shapes carry personal data.
/// </summary>
internal static class TypeContents
{
    /// <summary>How many container levels a walk follows (<c>List&lt;User[]&gt;</c>); self-referencing shapes end there.</summary>
    public const int DefaultDepth = 3;

    private const string DictionaryInterface = "System.Collections.Generic.IDictionary`2";
    private const string ReadOnlyDictionaryInterface = "System.Collections.Generic.IReadOnlyDictionary`2";

    /// <summary>
    /// The type of the elements a value of <paramref name="type"/> holds: an array's element, the value of a
    /// <c>Nullable&lt;T&gt;</c>, a dictionary's values (its keys are look-up identifiers), the <c>T</c> of a type
    /// that is or implements <c>IEnumerable&lt;T&gt;</c>; null for strings and everything else.
    /// </summary>
    public static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        switch (type)
        {
            case { SpecialType: SpecialType.System_String }:
                return null;
            case IArrayTypeSymbol array:
                return array.ElementType;
            case INamedTypeSymbol { IsGenericType: true, OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable:
                return nullable.TypeArguments[0];
        }

        ITypeSymbol? sequence = null;
        foreach (var contract in Contracts(type))
        {
            if (IsDictionary(contract))
            {
                return contract.TypeArguments[1];
            }

            if (sequence is null && contract.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                sequence = contract.TypeArguments[0];
            }
        }

        return sequence;
    }

    /// <summary>
    /// True when a value of <paramref name="type"/> enumerates a dictionary's pairs (<c>IEnumerable&lt;KeyValuePair&lt;K, V&gt;&gt;</c>),
    /// although what it holds (<see cref="ElementType"/>) is its values.
    /// </summary>
    public static bool EnumeratesPairs(ITypeSymbol type)
    {
        foreach (var contract in Contracts(type))
        {
            if (contract.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                && contract.TypeArguments[0] is INamedTypeSymbol { Name: "KeyValuePair", Arity: 2, ContainingNamespace.Name: "Generic" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The type itself, then the elements of its elements down to <paramref name="depth"/> levels
    /// (<c>List&lt;User[]&gt;</c>, <c>User[]</c>, <c>User</c>): each level a value may hold a whole object at.
    /// </summary>
    public static IEnumerable<ITypeSymbol> ElementLevels(ITypeSymbol type, int depth = DefaultDepth)
    {
        ITypeSymbol? current = type;
        for (var level = 0; level < depth && current is not null; level++)
        {
            yield return current;
            current = ElementType(current);
        }
    }

    /// <summary>The element type when <paramref name="type"/> is a container, else the type itself: what one item is.</summary>
    public static ITypeSymbol Item(ITypeSymbol type) => ElementType(type) ?? type;

    /// <summary>
    /// The type of an instance field or property a serializer or a whole-object sink writes; null for statics,
    /// indexers and compiler-written members (a record's <c>EqualityContract</c>).
    /// </summary>
    public static ITypeSymbol? DataMemberType(ISymbol member) => member switch
    {
        IPropertySymbol { IsStatic: false, IsIndexer: false, IsImplicitlyDeclared: false } property => property.Type,
        IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } field => field.Type,
        _ => null,
    };

    /// <summary>
    /// The data members of <paramref name="type"/> and its bases (see <see cref="DataMemberType"/>) whose item type
    /// is not the type itself: the nested values a walk descends into (a <c>Manager</c> of a <c>Person</c> is
    /// still followed; a <c>Children</c> list of the same node type is not).
    /// </summary>
    public static IEnumerable<(ISymbol Member, ITypeSymbol Type)> NestedMembers(ITypeSymbol type)
    {
        for (var owner = type; owner is not null && owner.SpecialType == SpecialType.None; owner = owner.BaseType)
        {
            foreach (var member in owner.GetMembers())
            {
                if (DataMemberType(member) is { } memberType && !SymbolEqualityComparer.Default.Equals(Item(memberType), type))
                {
                    yield return (member, memberType);
                }
            }
        }
    }

    /// <summary>The type itself when it is an interface, then the interfaces it implements.</summary>
    private static IEnumerable<INamedTypeSymbol> Contracts(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Interface } contract)
        {
            yield return contract;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            yield return implemented;
        }
    }

    private static bool IsDictionary(INamedTypeSymbol contract)
        => contract.TypeArguments.Length == 2
            && (SymbolNames.Is(contract.OriginalDefinition, DictionaryInterface) || SymbolNames.Is(contract.OriginalDefinition, ReadOnlyDictionaryInterface));
}
