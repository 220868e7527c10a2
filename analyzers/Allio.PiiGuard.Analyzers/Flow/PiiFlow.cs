using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

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
    private readonly ConcurrentDictionary<ITypeSymbol, WholeObject?>?[] _wholeObjects = new ConcurrentDictionary<ITypeSymbol, WholeObject?>?[MemberReader.Count];
    private readonly ConcurrentDictionary<ITypeSymbol, WholeObject?> _printedObjects = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<ISymbol>?> _printedMembers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _closedToWholeObjects = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _sanitizers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, (ISymbol Source, PiiInfo Pii)?> _exceptionMessages = new(SymbolEqualityComparer.Default);

    /// <summary>The key under which a block keeps the members overwritten before each read (<see cref="OverwrittenBefore"/>).</summary>
    private readonly object _overwrites = new();
    private readonly ConcurrentDictionary<ISymbol, PiiInfo?> _pii = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>> _stored = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, FieldStores.TypeStores> _typeStores = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ConstructorCopies> _constructorCopies = new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<(ISymbol Member, ValuePart Part), ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>> _storedParts = new(MemberPartComparer.Instance);
    private readonly PiiInference _inference;
    private EventHandlers? _events;
    private ImportedExtensions? _extensions;
    private InterfaceImplementations? _implementations;
    private CaughtExceptions? _caught;
    private ValidationMessages? _validations;

    private PiiFlow(Compilation compilation, PiiInference inference)
    {
        Compilation = compilation;
        _inference = inference;
        Summaries = new MethodSummaries(this);
    }

    internal MethodSummaries Summaries { get; }

    /// <summary>The handlers of the compilation's events, indexed on first use (see <see cref="EventHandlers"/>).</summary>
    internal EventHandlers Events => Once(ref _events, static compilation => new EventHandlers(compilation));

    /// <summary>The extension methods files import, listed on first use (see <see cref="ImportedExtensions"/>).</summary>
    internal ImportedExtensions Extensions => Once(ref _extensions, static compilation => new ImportedExtensions(compilation));

    /// <summary>The one implementation of an interface's method, indexed on first use (see <see cref="InterfaceImplementations"/>).</summary>
    internal InterfaceImplementations Implementations => Once(ref _implementations, static compilation => new InterfaceImplementations(compilation));

    /// <summary>What a caught exception's message carries from the throws its <c>try</c> reaches (see <see cref="CaughtExceptions"/>).</summary>
    internal CaughtExceptions Caught => Once(ref _caught, this, static flow => new CaughtExceptions(flow));

    /// <summary>Whether a validator's messages repeat the values it checks (see <see cref="ValidationMessages"/>).</summary>
    internal ValidationMessages Validations => Once(ref _validations, this, static flow => new ValidationMessages(flow));

    /// <summary>A helper of the compilation made on first use (two threads may both make one; the first kept wins).</summary>
    private T Once<T>(ref T? field, System.Func<Compilation, T> make)
        where T : class => Once(ref field, Compilation, make);

    /// <summary>A helper made on first use from <paramref name="input"/> (two threads may both make one; the first kept wins).</summary>
    private static T Once<T, TInput>(ref T? field, TInput input, System.Func<TInput, T> make)
        where T : class
    {
        if (System.Threading.Volatile.Read(ref field) is { } made)
        {
            return made;
        }

        System.Threading.Interlocked.CompareExchange(ref field, make(input), null);
        return field!;
    }

    /// <summary>
    /// The compilation, for resolving type names read from syntax. The weak table's entry holding it does not keep
    /// the compilation alive (a value may refer to its own key).
    /// </summary>
    internal Compilation Compilation { get; }

    /// <summary>
    /// The engine of the compilation, created on first use; null when the compilation can hold no personal data
    /// (no mark can exist and inference is off: see <see cref="PiiSources"/>), so the rule registers nothing.
    /// </summary>
    public static PiiFlow? For(Compilation compilation, AnalyzerOptions options)
    {
        var sources = PiiSources.For(compilation, options);
        return sources.Exist ? Instances.GetValue(compilation, c => new PiiFlow(c, sources.Inference)) : null;
    }

    /// <summary>
    /// Personal data the value carries: reads of marked members and parameters, through locals,
    /// string building, collections, LINQ projections and same-compilation methods, minus sanitizers.
    /// A record whose synthesized <c>ToString</c> prints personal data counts, as it is printed whole.
    /// </summary>
    public Taint GetTaint(IOperation? value) => new TaintWalker(this, wholeObjects: false).Run(value);

    /// <summary>
    /// What a text sink prints of <paramref name="value"/>: as <see cref="GetTaint"/>, except that an object of a class
    /// printing its type's name (no <c>ToString</c> of its own, see <see cref="PrintedMembers.PrintsTypeName"/>) prints
    /// nothing it was built from.
    /// </summary>
    public Taint GetPrintedTaint(IOperation? value) => new TaintWalker(this, wholeObjects: false) { PrintsObjects = true }.Run(value);

    /// <summary>What <paramref name="part"/> of a value carries (a tuple or dictionary passed to a helper that reads one element, or the keys).</summary>
    public Taint GetPartTaint(IOperation value, ValuePart part, bool wholeObjects) =>
        new TaintWalker(this, wholeObjects).Run(value, part);

    /// <summary>
    /// <see cref="GetTaint"/>, and also objects whose type holds personal data (or collections of them):
    /// for sinks that write objects member by member (destructuring loggers, serializers).
    /// </summary>
    /// <param name="value">The value written.</param>
    /// <param name="reader">How the sink reads objects; a destructuring logger's way when null.</param>
    public Taint GetTaintIncludingWholeObjects(IOperation? value, MemberReader? reader = null) =>
        new TaintWalker(this, wholeObjects: true, reader: reader ?? MemberReader.Destructuring).Run(value);

    /// <summary>
    /// The members of <paramref name="read"/>'s local or parameter set to constants or masked values by the statements before it
    /// (see <see cref="MemberOverwrites"/>), or null; asked by the engine and PII002 for the same read, so kept per read.
    /// </summary>
    public HashSet<ISymbol>? OverwrittenBefore(IOperation read)
    {
        if (MemberOverwrites.VariableOf(read) is null)
        {
            return null;
        }

        var answers = OperationBlock.Of(read).Answers<HashSet<ISymbol>?>(_overwrites);
        return answers.TryGetValue(read, out var known) ? known : answers.GetOrAdd(read, MemberOverwrites.Before(read, MaskedValue));
    }

    /// <summary>
    /// True when <paramref name="value"/>, stored into <paramref name="member"/>, replaces personal data with none: the member
    /// holds personal data and the value carries none (<c>export.FullName = Privacy.Initials(export.FullName)</c>).
    /// </summary>
    private bool MaskedValue(ISymbol member, IOperation value) => GetPii(member) is not null && GetTaint(value).Hits.IsEmpty;

    /// <summary>
    /// True when any personal data, whole objects included, reaches <paramref name="value"/>: the cheap question the sink
    /// rules ask before summarising a wrapper, answered once per operation for all of them.
    /// </summary>
    public bool CarriesData(IOperation value)
    {
        var block = OperationBlock.Of(value).Answers<bool>(this);
        return block.TryGetValue(value, out var known) ? known : block.GetOrAdd(value, !GetTaintIncludingWholeObjects(value).Hits.IsEmpty);
    }

    /// <summary>
    /// What a member, parameter or method return holds, by its marks or inferred, cached (see <see cref="PiiModel.GetPii(ISymbol?, PiiInference)"/>);
    /// a hand-written backing field holds what its marked property holds (see <see cref="BackingFields"/>).
    /// </summary>
    public PiiInfo? GetPii(ISymbol symbol) =>
        _pii.TryGetValue(symbol, out var known) ? known
        : _pii.GetOrAdd(symbol, s => PiiModel.GetPii(s, _inference) ?? (s is IFieldSymbol field ? BackingFields.PiiOf(field, this) : null));

    /// <summary>What a named element of a tuple holds by its name under inference (see <see cref="PiiInference.InferTupleElement"/>).</summary>
    public PiiInfo? GetTupleElement(IFieldSymbol element) => _inference.InferTupleElement(element);

    /// <summary>
    /// What a request's value or an exception's data read by a constant key holds under inference (<c>Request.Form["email"]</c>,
    /// <c>ex.Data["CustomerEmail"]</c>), or null.
    /// </summary>
    public PiiInfo? GetKeyedValue(Microsoft.CodeAnalysis.Operations.IPropertyReferenceOperation read, string key) => _inference.InferKeyedRead(read, key, Compilation);

    /// <summary>What a request's or a JSON document's value looked up by key holds, under inference (<see cref="PiiInference.InferLookedUpValue"/>).</summary>
    public (PiiInfo Pii, string Source)? GetLookedUpValue(Microsoft.CodeAnalysis.Operations.IInvocationOperation call, string key) => _inference.InferLookedUpValue(call, key, Compilation);

    /// <summary>What a framework call reads by a constant key under inference (a claim, baggage), where it comes from and the key, or null.</summary>
    public (PiiInfo Pii, string Source, string Key)? GetKeyedCall(Microsoft.CodeAnalysis.Operations.IInvocationOperation call) => _inference.InferKeyedCall(call, Compilation);

    /// <summary>What a claim of <paramref name="claimType"/> holds under inference, or null (see <see cref="FrameworkSources.KindOfClaim"/>).</summary>
    public PiiInfo? GetClaim(string claimType) => _inference.InferClaim(claimType, Compilation);

    /// <summary>The personal-data members of a type, cached (see <see cref="PiiModel.GetPiiMembers"/>).</summary>
    public ImmutableArray<(ISymbol Member, PiiInfo Pii)> GetPiiMembers(ITypeSymbol type) =>
        _piiMembers.TryGetValue(type, out var known) ? known : _piiMembers.GetOrAdd(type, t => t.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface && t.SpecialType == SpecialType.None
            ? PiiModel.GetPiiMembers(t, _inference)
            : ImmutableArray<(ISymbol, PiiInfo)>.Empty);

    /// <summary>
    /// When a destructuring logger or a serializer writes personal data for a value of <paramref name="type"/> (or of
    /// its elements), reading its public members a few levels deep, the first such member; else null.
    /// </summary>
    public WholeObject? GetWholeObject(ITypeSymbol? type, MemberReader reader)
    {
        if (type is null)
        {
            return null;
        }

        var cache = _wholeObjects[reader.Index];
        if (cache is null)
        {
            System.Threading.Interlocked.CompareExchange(ref _wholeObjects[reader.Index], new ConcurrentDictionary<ITypeSymbol, WholeObject?>(SymbolEqualityComparer.Default), null);
            cache = _wholeObjects[reader.Index]!;
        }

        return cache.TryGetValue(type, out var known) ? known
            : cache.GetOrAdd(type, t => WholeObject.FindRead(this, t, reader, containers: false));
    }

    /// <summary>
    /// True when no value of <paramref name="type"/> can hold a whole object with personal data: its member graph
    /// (and element type) is known and holds no personal member. A projection such as
    /// <c>users.Select(ToSummary)</c> or <c>users.Select(u => u.Id)</c> to such a type leaves the users behind; so does one
    /// to an anonymous type or tuple whose parts are closed. Unknown shapes (object, interfaces, type parameters) can hold
    /// anything and are not closed.
    /// </summary>
    public bool IsClosedToWholeObjects(ITypeSymbol? type) =>
        type is not null && (_closedToWholeObjects.TryGetValue(type, out var known) ? known : _closedToWholeObjects.GetOrAdd(type, t => ComputeClosed(t, depth: 3)));

    /// <summary>For a record whose compiler-written <c>ToString</c> prints personal data, the first member printed; else null.</summary>
    public WholeObject? GetPrintedObject(ITypeSymbol? type) =>
        type is not INamedTypeSymbol { IsRecord: true } ? null
        : _printedObjects.TryGetValue(type, out var known) ? known : _printedObjects.GetOrAdd(type, t => WholeObject.FindPrinted(this, t));

    /// <summary>The personal data an exception type of the compilation puts in its message, cached (see <see cref="ExceptionMessages.PersonalMessage"/>).</summary>
    public (ISymbol Source, PiiInfo Pii)? GetExceptionMessage(INamedTypeSymbol type) =>
        _exceptionMessages.TryGetValue(type, out var known) ? known : _exceptionMessages.GetOrAdd(type, t => ExceptionMessages.PersonalMessage(t, this));

    /// <summary>The members of its object a type's hand-written printing reads, cached (see <see cref="Flow.PrintedMembers"/>).</summary>
    public ImmutableArray<ISymbol>? GetPrintedMembers(ITypeSymbol type) =>
        _printedMembers.TryGetValue(type, out var known) ? known : _printedMembers.GetOrAdd(type, PrintedMembers.Of);

    /// <summary>
    /// True when the method's result is no longer personal data: it is marked <c>[PiiSanitizer]</c>, a row of the
    /// <see cref="SanitizerTable"/>, or under inference a masking helper by its name (<see cref="PiiInference.InfersSanitizer"/>).
    /// </summary>
    public bool IsSanitizer(IMethodSymbol method) =>
        _sanitizers.TryGetValue(method.OriginalDefinition, out var known) ? known : _sanitizers.GetOrAdd(method.OriginalDefinition, ComputeSanitizer);

    /// <summary>
    /// True for a value that describes data without holding it: a yes/no answer (<c>bool</c>, <c>bool?</c>) or type metadata
    /// (<c>email.GetType()</c>, a <c>Type</c> or <c>MemberInfo</c>, whose names are the program's, not the subject's).
    /// </summary>
    public static bool IsAnswer(ITypeSymbol? type) =>
        type is not null && (type.SpecialType == SpecialType.System_Boolean
            || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean
            || type.TypeKind == TypeKind.Class && type.SpecialType == SpecialType.None && IsMemberMetadata(type));

    /// <summary><c>System.Reflection.MemberInfo</c> or a type deriving from it (<c>Type</c>, <c>MethodInfo</c>); names compared first, as this runs often.</summary>
    private static bool IsMemberMetadata(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "MemberInfo" && SymbolNames.Is(current, "System.Reflection.MemberInfo"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for numbers and enums: a count, length or index computed from text or a collection is not personal data.</summary>
    public static bool IsNumber(ITypeSymbol? type) =>
        type is not null && (type.TypeKind == TypeKind.Enum || type.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_Double
            or SpecialType.System_IntPtr or SpecialType.System_UIntPtr);

    /// <summary>
    /// True when a value of <paramref name="result"/> type read or computed from a value of <paramref name="input"/> type by code
    /// the engine has no model for no longer carries it: answers always, numbers unless computed from numbers, replies and
    /// validation verdicts.
    /// </summary>
    public static bool CutsTaint(ITypeSymbol? result, ITypeSymbol? input) =>
        IsAnswer(result) || IsReply(result) || IsVerdict(result) || IsNumber(result) && !IsNumber(input);

    /// <summary>
    /// The members of the value FluentValidation's verdict <paramref name="validation"/> is on that a validator of its type
    /// repeats in a message (see <see cref="ValidationMessages"/>); empty when the verdict holds none of it.
    /// </summary>
    public ImmutableArray<ISymbol> EchoedByVerdict(IInvocationOperation validation) => OfValidated(validation, Validations.Echoed);

    /// <summary>
    /// The members of the value the verdict <paramref name="validation"/> is on that a validator has a rule for: what its
    /// failures written whole (<c>Results.BadRequest(result.Errors)</c>) carry as attempted values.
    /// </summary>
    public ImmutableArray<ISymbol> CheckedByVerdict(IInvocationOperation validation) => OfValidated(validation, Validations.Checked);

    private static ImmutableArray<ISymbol> OfValidated(IInvocationOperation validation, System.Func<ITypeSymbol, ImmutableArray<ISymbol>> members)
    {
        foreach (var argument in validation.Arguments)
        {
            if (argument.Value.Type is { } validated && !IsAnswer(validated) && validated.Name != "CancellationToken"
                && members(validated) is { IsEmpty: false } found)
            {
                return found;
            }
        }

        return ImmutableArray<ISymbol>.Empty;
    }

    /// <summary>
    /// True for FluentValidation's verdict on an object (<c>ValidationResult</c>, or a task of one): its errors name the
    /// properties and the rules they broke, in messages that do not repeat the values unless a rule's own message puts
    /// <c>{PropertyValue}</c> in; a failure's <c>AttemptedValue</c> read from it is not followed.
    /// </summary>
    public static bool IsVerdict(ITypeSymbol? type) =>
        type is not null && Model.PiiNameHeuristics.Awaited(type) is INamedTypeSymbol { Name: "ValidationResult" } verdict
        && Model.SymbolNames.Is(verdict, "FluentValidation.Results.ValidationResult");

    /// <summary>
    /// True for what a FluentValidation failure says of the rule it broke (<c>PropertyName</c>, <c>ErrorCode</c>,
    /// <c>Severity</c>): names of the code, never the value; its message and attempted value are what may repeat it.
    /// </summary>
    public static bool NamesBrokenRule(IPropertySymbol property) =>
        property.Name is "PropertyName" or "ErrorCode" or "Severity"
        && Model.SymbolNames.Is(property.ContainingType, "FluentValidation.Results.ValidationFailure");

    /// <summary>
    /// True for a server's reply to an outbound request (<c>HttpResponseMessage</c>, Flurl's <c>IFlurlResponse</c>,
    /// RestSharp's <c>RestResponse</c>, or a task of one): it holds what the server answered, none of what the request
    /// sent (the phone number in the URL of an SMS gateway's call, the e-mail in a posted body).
    /// </summary>
    public static bool IsReply(ITypeSymbol? type)
    {
        if (type is null || Model.PiiNameHeuristics.Awaited(type) is not INamedTypeSymbol { Name: "HttpResponseMessage" or "IFlurlResponse" or "RestResponse" or "IRestResponse" } reply)
        {
            return false;
        }

        var definition = reply.OriginalDefinition;
        return Model.SymbolNames.Is(definition, "System.Net.Http.HttpResponseMessage") || Model.SymbolNames.Is(definition, "Flurl.Http.IFlurlResponse")
            || Model.SymbolNames.Is(definition, "RestSharp.RestResponse") || Model.SymbolNames.Is(definition, "RestSharp.RestResponse`1")
            || Model.SymbolNames.Is(definition, "RestSharp.IRestResponse") || Model.SymbolNames.Is(definition, "RestSharp.IRestResponse`1");
    }

    /// <summary>True for <c>System.Guid</c> (and its nullable form): a key, which holds no text, date or number of a person.</summary>
    public static bool IsGuid(ITypeSymbol? type) =>
        type is INamedTypeSymbol named
        && Model.SymbolNames.Is(named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ? named.TypeArguments[0] : named, "System.Guid");

    /// <summary>
    /// Personal data the compilation stores into an unmarked field or property of its own types (<c>_cache = u.Email</c>),
    /// read from the assignments inside the declaring type (all its partial parts), flow-insensitively; cached. Members
    /// holding numbers or answers are not read (a count is not personal data).
    /// </summary>
    public ImmutableArray<(ISymbol Source, PiiInfo Pii, ITypeSymbol? WholeObject)> StoredInto(ISymbol member)
    {
        if (member is not (IFieldSymbol { IsConst: false } or IPropertySymbol { IsIndexer: false }) || member.IsImplicitlyDeclared
            || member.ContainingType is not { } type || !IsDeclaredInSource(type) || PiiModel.IsNotPii(member)
            || IsAnswer(DataType(member)) || IsNumber(DataType(member)))
        {
            return ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>.Empty;
        }

        if (_stored.TryGetValue(member, out var known))
        {
            return known;
        }

        // Stores read from other members' stores (Name = b.Label; Label = a.Name) end at a member already being read on this
        // thread, and after a few members: what is read from there on is left out, never followed round again.
        var reading = t_readingStores ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (reading.Count >= MaxStoreChain || !reading.Add(member))
        {
            return ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>.Empty;
        }

        try
        {
            return _stored.GetOrAdd(member, m => FieldStores.SourcesOf(this, m));
        }
        finally
        {
            reading.Remove(member);
        }
    }

    /// <summary>How many members' stores one read follows through each other.</summary>
    private const int MaxStoreChain = 4;

    /// <summary>The members whose stores are being read on this thread (see <see cref="StoredInto(ISymbol)"/>).</summary>
    [System.ThreadStatic]
    private static HashSet<ISymbol>? t_readingStores;

    /// <summary>
    /// <paramref name="part"/> of what the compilation stores into an unmarked field or property, read like
    /// <see cref="StoredInto(ISymbol)"/>: an element of the tuples it holds (<c>_last = (u.Id, u.Email)</c>, then
    /// <c>_last.Item1</c>), the keys or the values of a collection it fills (<c>_counts[u.Email] = 1</c>); cached.
    /// </summary>
    public ImmutableArray<(ISymbol Source, PiiInfo Pii, ITypeSymbol? WholeObject)> StoredInto(ISymbol member, ValuePart part) =>
        part.IsWhole || StoredInto(member).IsEmpty ? StoredInto(member)
        : _storedParts.TryGetValue((member, part), out var known) ? known
        : _storedParts.GetOrAdd((member, part), key => FieldStores.SourcesOf(this, key.Member, key.Part));

    /// <summary>The stores a type's own syntax makes into its members, read once per type (see <see cref="FieldStores.Index"/>).</summary>
    internal FieldStores.TypeStores StoresIn(INamedTypeSymbol type) =>
        _typeStores.TryGetValue(type, out var known) ? known : _typeStores.GetOrAdd(type, FieldStores.Index);

    /// <summary>The properties a construction of <paramref name="type"/> fills from its constructor's arguments; cached.</summary>
    internal ConstructorCopies CopiesOf(INamedTypeSymbol type) =>
        _constructorCopies.TryGetValue(type.OriginalDefinition, out var known) ? known
        : _constructorCopies.GetOrAdd(type.OriginalDefinition, ConstructorCopies.Of);

    private static ITypeSymbol? DataType(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    /// <summary>
    /// The top-level value must be of a type the compilation declares (or a collection of one): the shapes whose
    /// members are known. Its members may also be primitives, strings, enums and plain library structs.
    /// </summary>
    private bool ComputeClosed(ITypeSymbol type, int depth, bool member = false)
    {
        var current = TypeContents.Item(type);
        if ((member || !ReferenceEquals(current, type)) && current.SpecialType != SpecialType.None)
        {
            return current.SpecialType != SpecialType.System_Object;
        }

        // A library value (Guid, TimeSpan) held as a member or as the items of a collection cannot hold the
        // compilation's objects.
        if ((member || !ReferenceEquals(current, type)) && current is INamedTypeSymbol { TypeKind: TypeKind.Enum or TypeKind.Struct, IsGenericType: false }
            && !IsDeclaredInSource(current))
        {
            return true;
        }

        if (depth > 0 && (current.IsAnonymousType || current.IsTupleType))
        {
            return ComputeClosedParts(current, depth);
        }

        if (depth == 0 || !IsDeclaredInSource(current) || current.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || current.IsAbstract || !GetPiiMembers(current).IsEmpty)
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

    /// <summary>An anonymous object or a tuple is as closed as the values it holds: <c>new { u.Id, u.Login }</c> holds no user.</summary>
    private bool ComputeClosedParts(ITypeSymbol container, int depth)
    {
        if (container is INamedTypeSymbol { IsTupleType: true, TupleElements: var elements })
        {
            foreach (var element in elements)
            {
                if (!ComputeClosed(element.Type, depth - 1, member: true))
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var candidate in container.GetMembers())
        {
            if (candidate is IPropertySymbol property && !ComputeClosed(property.Type, depth - 1, member: true))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a type declared in source code (this compilation's or a referenced project's).</summary>
    /// <remarks>
    /// Asked for nearly every member read: a type the compilation declares answers from its assembly, since reading
    /// <c>Locations</c> builds a new array for a partial type at every call.
    /// </remarks>
    internal static bool IsDeclaredInSource(ITypeSymbol type)
    {
        if (type.ContainingAssembly is ISourceAssemblySymbol && !type.IsImplicitlyDeclared && type.TypeKind != TypeKind.Error)
        {
            return true;
        }

        var locations = type.Locations;
        return !locations.IsEmpty && locations[0].IsInSource;
    }

    private bool ComputeSanitizer(IMethodSymbol method)
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

        return _inference.InfersSanitizer(method);
    }

    internal sealed class MemberPartComparer : IEqualityComparer<(ISymbol Member, ValuePart Part)>
    {
        public static MemberPartComparer Instance { get; } = new();

        public bool Equals((ISymbol Member, ValuePart Part) x, (ISymbol Member, ValuePart Part) y) =>
            x.Part == y.Part && SymbolEqualityComparer.Default.Equals(x.Member, y.Member);

        public int GetHashCode((ISymbol Member, ValuePart Part) value) => (SymbolEqualityComparer.Default.GetHashCode(value.Member) * 31) + value.Part.GetHashCode();
    }
}
