using System.Collections.Generic;
using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The members of its own object that a type's hand-written printing reads: the body of its <c>ToString</c> override
/// (or its nearest source base's), or of a record's own <c>PrintMembers</c>. A text sink prints an object through it, so
/// only those members of the object reach the text (<c>$"Decision error {ApplicationId}: {Reason}"</c> prints no
/// <c>ContactEmail</c>). Read from syntax, by name: every member named in the body counts, printed or only tested,
/// except one read only for its size (<c>{Allergies.Count} flags</c>) or cut to a few characters (<c>{LeaderName[..1]}.</c>).
/// </summary>
internal static class PrintedMembers
{
    /// <summary>The instance fields and properties the printing reads; null when the type prints with neither method.</summary>
    public static ImmutableArray<ISymbol>? Of(ITypeSymbol type)
    {
        // A tuple's type is declared in source when its elements are named, but prints through ValueTuple's own ToString;
        // a container (a JSON object filled by its indexer) prints its items, which no member name shows.
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsTupleType || !PiiFlow.IsDeclaredInSource(type) || IsContainer(type))
        {
            return null;
        }

        if (Printing(type) is not { DeclaringSyntaxReferences.IsEmpty: false } printing)
        {
            return SynthesizedPrinting(type);
        }

        var members = ImmutableArray.CreateBuilder<ISymbol>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var reference in printing.DeclaringSyntaxReferences)
        {
            foreach (var name in reference.GetSyntax().DescendantNodes())
            {
                if (name is IdentifierNameSyntax identifier && ReadsOwnMember(identifier) && seen.Add(identifier.Identifier.ValueText)
                    && MemberNamed(type, identifier.Identifier.ValueText) is { } member)
                {
                    members.Add(member);
                }
            }
        }

        return members.ToImmutable();
    }

    /// <summary>
    /// A record whose <c>ToString</c> and <c>PrintMembers</c> the compiler writes (and the generator does not): its public
    /// members and its base records', those whose printing shows their value (a list prints its type's name); null for
    /// any other type.
    /// </summary>
    private static ImmutableArray<ISymbol>? SynthesizedPrinting(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { IsRecord: true } record || ToStringOverride(record) is not { IsImplicitlyDeclared: true }
            || GeneratedHooks.GetsHooks(record, System.Threading.CancellationToken.None))
        {
            return null;
        }

        var members = ImmutableArray.CreateBuilder<ISymbol>();
        for (var current = record; current is { IsRecord: true } && PiiFlow.IsDeclaredInSource(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (WholeObject.IsPublicReadable(member) && WholeObject.PrintsItsValue(member))
                {
                    members.Add(member);
                }
            }
        }

        return members.ToImmutable();
    }

    /// <summary>The parameterless <c>ToString</c> override a source type (or its nearest source base) writes; null for the compiler's or a library's.</summary>
    public static IMethodSymbol? OwnToString(ITypeSymbol type) =>
        type.TypeKind is TypeKind.Class or TypeKind.Struct && PiiFlow.IsDeclaredInSource(type) && ToStringOverride(type) is { IsImplicitlyDeclared: false } toString
            ? toString
            : null;

    /// <summary>
    /// A class of the compilation that neither it nor a base overrides <c>ToString</c> for, and no collection (which a
    /// logger's formatter lists item by item): printed, it shows its type's name and nothing it was built from. Not a
    /// generic one: a box's member of its type argument (<c>Box&lt;T&gt;.Value</c>) is read as what the box holds.
    /// </summary>
    public static bool PrintsTypeName(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsRecord: false, IsAnonymousType: false, IsGenericType: false } && PiiFlow.IsDeclaredInSource(type)
        && ToStringOverride(type) is null && !IsEnumerable(type);

    private static bool IsEnumerable(ITypeSymbol type)
    {
        foreach (var contract in type.AllInterfaces)
        {
            if (contract.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The hand-written ToString of the type or its nearest source base, else a record's own PrintMembers; null for none.</summary>
    private static IMethodSymbol? Printing(ITypeSymbol type) =>
        ToStringOverride(type) is not { } toString ? null
        : toString.IsImplicitlyDeclared ? PrintMembersOf(toString.ContainingType)
        : toString;

    /// <summary>The nearest parameterless <c>ToString</c> override, the compiler's (a record's) included; null for object's own.</summary>
    private static IMethodSymbol? ToStringOverride(ITypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 0, IsStatic: false, IsOverride: true } toString)
                {
                    return toString;
                }
            }
        }

        return null;
    }

    private static IMethodSymbol? PrintMembersOf(ITypeSymbol record)
    {
        foreach (var member in record.GetMembers("PrintMembers"))
        {
            if (member is IMethodSymbol { Parameters.Length: 1, IsImplicitlyDeclared: false } printMembers)
            {
                return printMembers;
            }
        }

        return null;
    }

    private static bool IsContainer(ITypeSymbol type)
    {
        foreach (var face in type.AllInterfaces)
        {
            if (face.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsIndexer: true })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A simple name (<c>Email</c>) or one after <c>this.</c>; not a member of something else (<c>other.Email</c>).</summary>
    private static bool ReadsOwnMember(IdentifierNameSyntax identifier) =>
        (identifier.Parent is not MemberAccessExpressionSyntax access || access.Expression == identifier || access.Expression is ThisExpressionSyntax)
        && !OnlyMeasured(identifier) && !OnlyCut(identifier);

    /// <summary>
    /// A member printed only as a few characters (<c>LeaderName[..1]</c>, <c>Phone.Substring(Phone.Length - 2)</c>, see
    /// <see cref="ShortFragments"/>): an initial or a number's last digits, not the member.
    /// </summary>
    private static bool OnlyCut(IdentifierNameSyntax identifier)
    {
        ExpressionSyntax read = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self && self.Name == identifier
            ? self
            : identifier;
        return read.Parent switch
        {
            ElementAccessExpressionSyntax cut when cut.Expression == read => ShortFragments.IsShort(cut),
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Substring", Parent: InvocationExpressionSyntax call } access
                when access.Expression == read => ShortFragments.IsShort(call),
            _ => false,
        };
    }

    /// <summary>A member read only for its size (<c>Allergies.Count</c>, <c>this.Notes.Length</c>): a number, not the member.</summary>
    private static bool OnlyMeasured(IdentifierNameSyntax identifier)
    {
        ExpressionSyntax read = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self && self.Name == identifier
            ? self
            : identifier;
        return read.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Count" or "Length" or "LongLength" } measure
            && measure.Expression == read;
    }

    private static ISymbol? MemberNamed(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null && PiiFlow.IsDeclaredInSource(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IFieldSymbol { IsStatic: false, IsConst: false } or IPropertySymbol { IsStatic: false, IsIndexer: false })
                {
                    return member;
                }
            }
        }

        return null;
    }
}
