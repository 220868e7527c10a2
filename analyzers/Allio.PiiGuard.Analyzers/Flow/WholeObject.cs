using System;
using System.Collections.Generic;
using System.Threading;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// A type whose values hold personal data as a whole, and the first personal member a sink reads of it
/// (<see cref="Member"/> may sit a few levels down: <c>Order</c> → <c>Customer</c> → <c>Address.Email</c>).
/// </summary>
/// <remarks>
/// Sinks read whole objects in two ways. Destructuring loggers and serializers read the public readable
/// instance members, recursively (<see cref="FindRead"/>); text sinks read <c>ToString()</c>, which prints
/// members only for a record whose <c>ToString</c> the compiler writes (<see cref="FindPrinted"/>): a class
/// without an override prints its type name, and a generated or hand-written <c>ToString</c> is code PII008 checks.
/// </remarks>
internal sealed record WholeObject(ITypeSymbol Type, ISymbol Member, PiiInfo Pii)
{
    /// <summary>How deep member graphs are read: the object, its members' objects and theirs.</summary>
    private const int MaxDepth = 3;

    /// <summary>
    /// The first personal member that a reader of public members (a destructuring logger, a serializer) writes for a value
    /// of <paramref name="type"/> or, for arrays and collections, of its elements; null when it writes none.
    /// </summary>
    /// <param name="containers">
    /// False to answer null for anonymous objects and tuples: the engine follows the values they were built from one by one
    /// (<c>new { order.Id, order.Customer }</c> reports <c>order.Customer</c>), so they carry only the members they select.
    /// </param>
    /// <param name="overwritten">Members of the object itself that hold other values (a <c>with</c> copy's new ones): not read here.</param>
    public static WholeObject? FindRead(PiiFlow flow, ITypeSymbol type, MemberReader reader, bool containers = true, ISet<ISymbol>? overwritten = null)
    {
        var element = Element(type);
        if (!containers && (element.IsAnonymousType || element.IsTupleType))
        {
            return null;
        }

        return SearchRead(flow, element, reader, MaxDepth, overwritten) is { } found ? new WholeObject(element, found.Member, found.Pii) : null;
    }

    /// <summary>
    /// For a record whose <c>ToString</c> and <c>PrintMembers</c> the compiler writes (and the PiiGuard generator does not
    /// replace, as it does for a <c>partial</c> record), the first personal member printed, nested printing records included.
    /// </summary>
    public static WholeObject? FindPrinted(PiiFlow flow, ITypeSymbol type, ISet<ISymbol>? overwritten = null) =>
        SearchPrinted(flow, type, MaxDepth, overwritten) is { } found ? new WholeObject(type, found.Member, found.Pii) : null;

    /// <summary>A public instance field, or a public instance property with a public getter: what readers and printers see.</summary>
    public static bool IsPublicReadable(ISymbol member) => member switch
    {
        IPropertySymbol property => property is
        {
            IsStatic: false, IsIndexer: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public,
            GetMethod.DeclaredAccessibility: Accessibility.Public,
        },
        IFieldSymbol field => field is { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public },
        _ => false,
    };

    /// <summary>
    /// True when printing the member shows its value: a collection (a list, an array, a dictionary) prints its type's
    /// name (<c>System.Collections.Generic.List`1[System.String]</c>) unless its own type of the compilation writes a
    /// <c>ToString</c>, so a record's synthesized <c>ToString</c> shows none of its items.
    /// </summary>
    public static bool PrintsItsValue(ISymbol member) =>
        TypeContents.DataMemberType(member) is not { } type || type.SpecialType == SpecialType.System_String
        || TypeContents.ElementType(type) is null || PrintedMembers.OwnToString(type) is not null;

    /// <summary>The innermost element type, a few levels deep (<c>List&lt;User[]&gt;</c> → <c>User</c>).</summary>
    private static ITypeSymbol Element(ITypeSymbol type)
    {
        var current = type;
        for (var level = 0; level < MaxDepth && TypeContents.ElementType(current) is { } element; level++)
        {
            current = element;
        }

        return current;
    }

    private static (ISymbol Member, PiiInfo Pii)? SearchRead(PiiFlow flow, ITypeSymbol type, MemberReader reader, int depth, ISet<ISymbol>? overwritten)
    {
        if (depth == 0 || type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface)
            || IsPlainSystemType(type) || reader.WritesWithConverter(type))
        {
            return null;
        }

        // The object's own members first, so messages name the nearest one; then the objects it holds.
        foreach (var member in ReadableMembers(type))
        {
            // A framework object that knows the visitor (HttpContext's connection, a principal's identity) is written by no
            // serializer or logger as data: only reading the member itself is a source.
            if (flow.GetPii(member) is { } pii && reader.Reads(member) && overwritten?.Contains(member) != true
                && Model.FrameworkSources.KindOf(member) is null)
            {
                return (member, pii);
            }
        }

        foreach (var member in ReadableMembers(type))
        {
            if (TypeContents.DataMemberType(member) is { } memberType && flow.GetPii(member) is null && reader.Reads(member)
                && overwritten?.Contains(member) != true
                && Element(memberType) is var nested && !SymbolEqualityComparer.Default.Equals(nested, type)
                && SearchRead(flow, nested, reader, depth - 1, overwritten: null) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static (ISymbol Member, PiiInfo Pii)? SearchPrinted(PiiFlow flow, ITypeSymbol type, int depth, ISet<ISymbol>? overwritten)
    {
        if (depth == 0 || type is not INamedTypeSymbol { IsRecord: true } record || !PrintsItsMembers(flow, record))
        {
            return null;
        }

        foreach (var member in ReadableMembers(record))
        {
            if (flow.GetPii(member) is { } pii && overwritten?.Contains(member) != true && PrintsItsValue(member))
            {
                return (member, pii);
            }
        }

        // A member that is itself a printing record is printed through its own ToString.
        foreach (var member in ReadableMembers(record))
        {
            if (TypeContents.DataMemberType(member) is { } memberType && !SymbolEqualityComparer.Default.Equals(memberType, record)
                && overwritten?.Contains(member) != true
                && SearchPrinted(flow, memberType, depth - 1, overwritten: null) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The compiler writes <c>ToString</c> and <c>PrintMembers</c>, and the generator will not (the record is not partial).</summary>
    private static bool PrintsItsMembers(PiiFlow flow, INamedTypeSymbol record)
    {
        if (record.DeclaringSyntaxReferences.IsEmpty || GeneratedHooks.GetsHooks(record, CancellationToken.None))
        {
            return false;
        }

        foreach (var member in record.GetMembers("PrintMembers"))
        {
            if (!member.IsImplicitlyDeclared)
            {
                return false;
            }
        }

        for (var current = (ITypeSymbol?)record; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 0, IsStatic: false } toString)
                {
                    return toString.IsImplicitlyDeclared && current.IsRecord;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A non-generic type of the <c>System</c> namespaces (<c>Uri</c>, <c>DateTime</c>, <c>Type</c>): it holds no marked
    /// members, so its member graph is not walked. Generic ones (<c>KeyValuePair&lt;string, User&gt;</c>) hold what their
    /// type arguments hold.
    /// </summary>
    private static bool IsPlainSystemType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true })
        {
            return false;
        }

        return Model.SymbolNames.IsInSystem(type.ContainingNamespace);
    }

    /// <summary>The public readable members of the type and its base types (of an interface: and the interfaces it extends).</summary>
    private static System.Collections.Generic.IEnumerable<ISymbol> ReadableMembers(ITypeSymbol type)
    {
        for (var owner = type; owner is not null && owner.SpecialType != SpecialType.System_Object; owner = owner.BaseType)
        {
            foreach (var member in owner.GetMembers())
            {
                if (IsPublicReadable(member))
                {
                    yield return member;
                }
            }
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            foreach (var extended in type.AllInterfaces)
            {
                foreach (var member in extended.GetMembers())
                {
                    if (IsPublicReadable(member))
                    {
                        yield return member;
                    }
                }
            }
        }
    }
}
