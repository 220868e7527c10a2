using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// The data-flow engine every flow and policy rule shares: given a value (an <see cref="IOperation"/>),
/// does personal data reach it, from which marked member(s), and where does it enter the expression?
/// </summary>
/// <remarks>
/// One instance per compilation (shared by all analyzers through a weak table), thread-safe; it caches
/// type facts, sanitizer checks and method summaries. Queries are on demand: nothing is computed for
/// code that reaches no sink. A factory bound to an instance is a new delegate at every call, so the caches that
/// take one are read with <c>TryGetValue</c> first: only a miss pays for it.
/// </remarks>
internal sealed class PiiFlow
{
    private static readonly ConditionalWeakTable<Compilation, PiiFlow> Instances = new();

    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<(ISymbol Member, PiiInfo Pii)>> _piiMembers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, WholeObject?> _wholeObjects = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _toStringExposure = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _carriers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _closedToWholeObjects = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _sanitizers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, PiiInfo?> _pii = new(SymbolEqualityComparer.Default);

    private PiiFlow() => Summaries = new MethodSummaries(this);

    internal MethodSummaries Summaries { get; }

    /// <summary>The engine of <paramref name="compilation"/>, created on first use.</summary>
    public static PiiFlow For(Compilation compilation) => Instances.GetValue(compilation, static _ => new PiiFlow());

    /// <summary>
    /// Personal data the value carries: reads of marked members and parameters, through locals,
    /// string building, collections, LINQ projections and same-compilation methods, minus sanitizers.
    /// A record whose synthesized <c>ToString</c> prints personal data counts, as it is printed whole.
    /// </summary>
    public Taint GetTaint(IOperation? value) => new TaintWalker(this, wholeObjects: false).Run(value);

    /// <summary>
    /// <see cref="GetTaint"/>, and also objects whose type holds personal data (or collections of them):
    /// for sinks that write objects member by member (destructuring loggers, serializers).
    /// </summary>
    public Taint GetTaintIncludingWholeObjects(IOperation? value) => new TaintWalker(this, wholeObjects: true).Run(value);

    /// <summary>What a member, parameter or method return holds, cached (see <see cref="PiiModel.GetPii"/>).</summary>
    public PiiInfo? GetPii(ISymbol symbol) => _pii.GetOrAdd(symbol, PiiModel.GetPii);

    /// <summary>The personal-data members of a type, cached (see <see cref="PiiModel.GetPiiMembers"/>).</summary>
    public ImmutableArray<(ISymbol Member, PiiInfo Pii)> GetPiiMembers(ITypeSymbol type) =>
        _piiMembers.GetOrAdd(type, static t => t.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface && t.SpecialType == SpecialType.None
            ? PiiModel.GetPiiMembers(t)
            : ImmutableArray<(ISymbol, PiiInfo)>.Empty);

    /// <summary>
    /// When values of <paramref name="type"/> are whole objects holding personal data — the type itself,
    /// or arrays and collections of such a type — the first such member; else null.
    /// </summary>
    public WholeObject? GetWholeObject(ITypeSymbol? type) =>
        type is null ? null : _wholeObjects.TryGetValue(type, out var known) ? known : _wholeObjects.GetOrAdd(type, ComputeWholeObject);

    /// <summary>
    /// True when no value of <paramref name="type"/> can hold a whole object with personal data: its member graph
    /// (and element type) is known and holds no personal member. A projection such as
    /// <c>users.Select(ToSummary)</c> to such a type leaves the users behind. Unknown shapes (object, interfaces,
    /// type parameters, tuples, anonymous types) can hold anything and are not closed.
    /// </summary>
    public bool IsClosedToWholeObjects(ITypeSymbol? type) =>
        type is not null && (_closedToWholeObjects.TryGetValue(type, out var known) ? known : _closedToWholeObjects.GetOrAdd(type, t => ComputeClosed(t, depth: 3)));

    /// <summary>True for a record with personal data whose compiler-written <c>ToString</c> prints every member.</summary>
    public bool ExposesThroughToString(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsRecord: true }
        && (_toStringExposure.TryGetValue(type, out var known) ? known : _toStringExposure.GetOrAdd(type, ComputeToStringExposure));

    /// <summary>True when values of the type carry the data they are built from (see <see cref="PropagationTable"/>).</summary>
    public bool IsCarrier(ITypeSymbol? type) => type is not null && _carriers.GetOrAdd(type, ComputeCarrier);

    /// <summary>True when the method's result is no longer personal data.</summary>
    public bool IsSanitizer(IMethodSymbol method) => _sanitizers.GetOrAdd(method.OriginalDefinition, ComputeSanitizer);

    private WholeObject? ComputeWholeObject(ITypeSymbol type)
    {
        // A few levels of element types (User[], List<User[]>) and no more: self-referencing collections end here.
        foreach (var current in TypeContents.ElementLevels(type))
        {
            if (current.SpecialType != SpecialType.None)
            {
                break;
            }

            var members = GetPiiMembers(current);
            if (!members.IsEmpty)
            {
                return new WholeObject(current, members[0].Member, members[0].Pii);
            }
        }

        return null;
    }

    /// <summary>
    /// The top-level value must be of a type the compilation declares (or a collection of one): the shapes whose
    /// members are known. Its members may also be primitives, strings, enums and plain library structs.
    /// </summary>
    private bool ComputeClosed(ITypeSymbol type, int depth, bool member = false)
    {
        var current = TypeContents.Item(type);
        if (member && current.SpecialType != SpecialType.None)
        {
            return current.SpecialType != SpecialType.System_Object;
        }

        if (member && current is INamedTypeSymbol { TypeKind: TypeKind.Enum or TypeKind.Struct, IsGenericType: false } && !IsDeclaredInSource(current))
        {
            return true;
        }

        if (depth == 0 || !IsDeclaredInSource(current) || current.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || current.IsAbstract || current.IsAnonymousType || current.IsTupleType || !GetPiiMembers(current).IsEmpty)
        {
            return current.TypeKind == TypeKind.Enum;
        }

        foreach (var (_, memberType) in TypeContents.NestedMembers(current))
        {
            if (!ComputeClosed(memberType, depth - 1, member: true))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsDeclaredInSource(ITypeSymbol type) => !type.Locations.IsEmpty && type.Locations[0].IsInSource;

    private bool ComputeToStringExposure(ITypeSymbol type)
    {
        if (GetPiiMembers(type).IsEmpty)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
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

    private static bool ComputeCarrier(ITypeSymbol type)
    {
        if (type.SpecialType is SpecialType.System_String or SpecialType.System_Object
            || type is IArrayTypeSymbol || type.IsTupleType || type.IsAnonymousType)
        {
            return true;
        }

        foreach (var name in PropagationTable.CarrierTypes)
        {
            if (SymbolNames.Is(type.OriginalDefinition, name))
            {
                return true;
            }
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ComputeSanitizer(IMethodSymbol method)
    {
        if (SymbolNames.HasAttribute(method, WellKnownNames.PiiSanitizerAttribute)
            || method.PartialImplementationPart is { } implementation && SymbolNames.HasAttribute(implementation, WellKnownNames.PiiSanitizerAttribute))
        {
            return true;
        }

        foreach (var row in SanitizerTable.Rows)
        {
            if (row.Matches(method))
            {
                return true;
            }
        }

        return false;
    }
}
