using System.Collections.Generic;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Values EF Core's change tracker reads from an entity: <c>PropertyEntry.CurrentValue</c> and <c>OriginalValue</c> hold
/// what the entity's property holds. An audit interceptor logging them logs the entity's personal data. The property
/// is known when the entry is asked for by name or by a lambda (<c>entry.Property(nameof(Customer.Phone))</c>, also on
/// an untyped entry, <c>entry.Property(c =&gt; c.Phone)</c>); an entry of <c>entry.Properties</c> may be any of the entity's
/// properties, so it holds the entity's personal data when the entity has any (an untyped entry's entity is unknown).
/// </summary>
internal static class ChangeTrackerValues
{
    private const string MemberEntry = "Microsoft.EntityFrameworkCore.ChangeTracking.MemberEntry";
    private const string EntityEntry = "Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry";
    private const string GenericEntityEntry = "Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry`1";

    /// <summary>How far back through locals and calls the entry's origin is looked for.</summary>
    private const int MaxDepth = 6;

    /// <summary>True for <c>CurrentValue</c> and <c>OriginalValue</c> of a change tracker's entry.</summary>
    public static bool IsValue(IPropertySymbol property) =>
        property.Name is "CurrentValue" or "OriginalValue" && SymbolNames.IsOrDerivesFrom(property.ContainingType, MemberEntry);

    /// <summary>
    /// The personal member whose value the entry holds: the one it was asked for, or the entity's first personal member
    /// when it may be any (with the entity's type, for the message); null when the entity holds none or cannot be told.
    /// </summary>
    public static (ISymbol Member, PiiInfo Pii, ITypeSymbol? Whole)? Source(IOperation? entry, PiiFlow flow) => Source(entry, flow, 0);

    private static (ISymbol Member, PiiInfo Pii, ITypeSymbol? Whole)? Source(IOperation? entry, PiiFlow flow, int depth)
    {
        if (entry is null || depth > MaxDepth)
        {
            return null;
        }

        switch (OperationShapes.WithoutConversions(entry))
        {
            case IInvocationOperation { TargetMethod.Name: "Property" or "Member", Instance: { } owner, Arguments.Length: 1 } call
                when SymbolNames.IsOrDerivesFrom(owner.Type, EntityEntry):
                // nameof(Customer.Phone) names the member even on an untyped entry.
                return call.Arguments[0].Value is INameOfOperation { Argument: IMemberReferenceOperation named }
                    ? flow.GetPii(named.Member) is { } pii ? (named.Member, pii, null) : null
                    : EntityOf(owner.Type) is { } typed ? Named(typed, call, flow) : null;
            case IPropertyReferenceOperation { Property.Name: "Properties" or "Members", Instance: { } owner } when EntityOf(owner.Type) is { } entity:
                return AnyOf(entity, flow);
            case ILocalReferenceOperation local:
                foreach (var value in LocalDefinitions.For(local).ReachingValuesOf(local.Local, local))
                {
                    if (Source(value, flow, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IInvocationOperation call:
                // entry.Properties.Where(…), .First(), .ToList(): the entries of the collection it starts from.
                return Source(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null), flow, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>The entity type of <c>EntityEntry&lt;T&gt;</c>; null for the untyped entry, whose entity could be anything.</summary>
    private static ITypeSymbol? EntityOf(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (SymbolNames.Is(current.OriginalDefinition, GenericEntityEntry))
            {
                return current.TypeArguments[0];
            }

            if (SymbolNames.Is(current, EntityEntry))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary><c>entry.Property(nameof(Customer.Phone))</c>, <c>entry.Property("Phone")</c>, <c>entry.Property(c =&gt; c.Phone)</c>.</summary>
    private static (ISymbol, PiiInfo, ITypeSymbol?)? Named(ITypeSymbol entity, IInvocationOperation call, PiiFlow flow)
    {
        var argument = call.Arguments[0].Value;
        var name = argument.ConstantValue is { HasValue: true, Value: string text } ? text : LambdaMember(argument);
        if (name is null)
        {
            return null;
        }

        foreach (var member in entity.GetMembers(name))
        {
            if (member is IPropertySymbol or IFieldSymbol && flow.GetPii(member) is { } pii)
            {
                return (member, pii, null);
            }
        }

        return null;
    }

    /// <summary>The member a lambda returns (<c>c =&gt; c.Phone</c>), as an expression tree or a delegate.</summary>
    private static string? LambdaMember(IOperation argument) =>
        OperationShapes.LambdaOf(argument) is { Body.Operations: { Length: 1 } body } && body[0] is IReturnOperation { ReturnedValue: IMemberReferenceOperation member }
            ? member.Member.Name
            : null;

    private static (ISymbol, PiiInfo, ITypeSymbol?)? AnyOf(ITypeSymbol entity, PiiFlow flow)
    {
        var members = flow.GetPiiMembers(entity);
        return members.IsEmpty ? null : (members[0].Member, members[0].Pii, entity);
    }
}
