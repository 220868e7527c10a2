using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Inference mode: on code nobody has marked yet, members, parameters and <c>GetX()</c> methods whose name and
/// type look like personal data (<see cref="PiiNameHeuristics"/>) count as marked, with the guessed kind.
/// Set by the MSBuild property <c>PiiGuardInference</c> (<c>off</c> | <c>names</c>) and per folder by
/// <c>piiguard.inference</c> in <c>.editorconfig</c>; off unless set.
/// </summary>
/// <remarks>
/// Decided per declaration: a symbol is inferred when inference is on for the file that declares it, so a folder
/// can be switched on or off on its own. Only symbols declared in source are inferred by name: library members are
/// described by their own marks, and guessing at them would turn every framework <c>Address</c> into a source; a short
/// table of framework members that hold a visitor's data (<see cref="FrameworkSources"/>) counts when inference is on
/// for the build.
/// </remarks>
internal sealed class PiiInference
{
    /// <summary>The analyzer config key of the MSBuild property (declared <c>CompilerVisibleProperty</c> by the package).</summary>
    public const string BuildPropertyKey = "build_property.PiiGuardInference";

    /// <summary>The <c>.editorconfig</c> key that sets the mode for a folder's files.</summary>
    public const string EditorConfigKey = "piiguard.inference";

    /// <summary>The mode that turns inference on.</summary>
    public const string NamesMode = "names";

    /// <summary>The mode that turns it off (the default).</summary>
    public const string OffMode = "off";

    private readonly AnalyzerConfigOptionsProvider? _options;
    private readonly bool _default;
    private readonly ConcurrentDictionary<SyntaxTree, bool> _trees = new();

    private PiiInference(AnalyzerConfigOptionsProvider? options, bool @default)
    {
        _options = options;
        _default = @default;
    }

    /// <summary>Inference off everywhere: only marks count.</summary>
    public static PiiInference Off { get; } = new(null, @default: false);

    /// <summary>The mode the build and the <c>.editorconfig</c> files set.</summary>
    public static PiiInference From(AnalyzerOptions? options)
    {
        if (options?.AnalyzerConfigOptionsProvider is not { } provider)
        {
            return Off;
        }

        return new PiiInference(provider, Mode(provider.GlobalOptions) ?? false);
    }

    /// <summary>True when inference is on for at least one file of the compilation.</summary>
    public bool IsOnAnywhere(Compilation compilation)
    {
        if (_default)
        {
            return true;
        }

        if (_options is null)
        {
            return false;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (IsOnFor(tree))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when inference is on for the file <paramref name="tree"/>.</summary>
    public bool IsOnFor(SyntaxTree tree) =>
        _options is { } options && _trees.GetOrAdd(tree, t => Mode(options.GetOptions(t)) ?? _default);

    /// <summary>
    /// What <paramref name="symbol"/> holds by its name, or null: inference is off for its file, it is not declared
    /// in source, it is an anonymous type's or a tuple's (what it holds is the value put in, which the flow follows), it or its type is
    /// marked <c>[NotPii]</c>, its name and type do not look like personal data, or they
    /// name a person's key or an area of an address (a city, a country) (<see cref="PiiNameHeuristics.Match.DiscoveryOnly"/>: PII006 asks to mark
    /// them, but logging a customer's id instead of their e-mail is what the rules recommend).
    /// Marks are not consulted here: <see cref="PiiModel.GetPii(ISymbol?, PiiInference)"/> reads them first.
    /// </summary>
    public PiiInfo? Infer(ISymbol symbol)
    {
        // A framework member known to hold a visitor's data (FrameworkSources) counts where inference is on for the build.
        if (_default && FrameworkSources.KindOf(symbol) is { } kind)
        {
            return Guessed(new PiiNameHeuristics.Match(kind, kind));
        }

        if (_options is null || symbol.Locations.IsEmpty || symbol.Locations[0].SourceTree is not { } tree || !IsOnFor(tree)
            || PiiModel.IsNotPii(symbol) || (symbol.ContainingType is { } owner && (owner.IsAnonymousType || owner.IsTupleType || PiiModel.IsNotPii(owner)))
            || PiiNameHeuristics.ClassifySymbol(symbol) is not { DiscoveryOnly: false } match)
        {
            return null;
        }

        return Guessed(match);
    }

    /// <summary>
    /// What the element <paramref name="element"/> of a tuple a parameter is declared with holds by its name
    /// (<c>(string Name, string Phone) contact</c>: <c>contact.Phone</c> a phone), when the caller's value is not followed
    /// there; null for an unnamed element, or as <see cref="Infer"/> says for the name.
    /// </summary>
    public PiiInfo? InferTupleElement(IFieldSymbol element)
    {
        if (_options is null || element.ContainingType is not { IsTupleType: true } tuple || !element.IsExplicitlyNamedTupleElement
            || element.Locations.IsEmpty || element.Locations[0].SourceTree is not { } tree || !IsOnFor(tree))
        {
            return null;
        }

        var neighbours = new List<string>();
        foreach (var other in tuple.TupleElements)
        {
            neighbours.Add(other.Name);
        }

        return PiiNameHeuristics.Classify(element.Name, element.Type, containerName: null, neighbours) is { DiscoveryOnly: false } match
            ? Guessed(match)
            : null;
    }

    /// <summary>
    /// What a request's value read by a constant key holds where inference is on for the build (<c>Request.Query["email"]</c>),
    /// or null (see <see cref="FrameworkSources.KindOfKeyedRead"/>).
    /// </summary>
    public PiiInfo? InferKeyedRead(Microsoft.CodeAnalysis.Operations.IPropertyReferenceOperation read, string key, Compilation compilation) =>
        _default && (FrameworkSources.KindOfKeyedRead(read, key, compilation) ?? FrameworkSources.KindOfExceptionData(read, key, compilation)) is { } match
            ? Guessed(match)
            : null;

    /// <summary>
    /// What a request's or a JSON document's value looked up by a constant key holds where inference is on for the build
    /// (<c>Request.Query.TryGetValue("email", out var v)</c>), with where it comes from, or null (see
    /// <see cref="FrameworkSources.LookedUpValue"/>).
    /// </summary>
    public (PiiInfo Pii, string Source)? InferLookedUpValue(Microsoft.CodeAnalysis.Operations.IInvocationOperation call, string key, Compilation compilation) =>
        _default && FrameworkSources.LookedUpValue(call, key, compilation) is var (match, source) ? (Guessed(match), source) : null;

    /// <summary>
    /// What a framework call reads by a constant key where inference is on for the build, with where it comes from and the
    /// key (<c>User.FindFirst(ClaimTypes.Email)</c>: an e-mail, claim "emailaddress"), or null (see
    /// <see cref="FrameworkSources.KeyedCallRead"/>).
    /// </summary>
    public (PiiInfo Pii, string Source, string Key)? InferKeyedCall(Microsoft.CodeAnalysis.Operations.IInvocationOperation call, Compilation compilation) =>
        _default && FrameworkSources.KeyedCallRead(call, compilation) is var (match, source, key)
            ? (Guessed(match), source, key)
            : null;

    /// <summary>What a claim of <paramref name="claimType"/> holds where inference is on for the build, or null (read from syntax in another file).</summary>
    public PiiInfo? InferClaim(string claimType, Compilation compilation) =>
        _default && FrameworkSources.KindOfClaim(claimType, compilation) is { } match ? Guessed(match) : null;

    /// <summary>
    /// True when <paramref name="method"/> is a masking helper by its name (<see cref="SanitizerNames"/>: <c>Masking.MaskEmail</c>,
    /// <c>Redact</c>, <c>HashSha256</c>) and inference is on for the file that declares it: in code nobody has marked, a
    /// team's own helper counts as <c>[PiiSanitizer]</c>. Library methods are not guessed at; with marks, the mark is the contract.
    /// </summary>
    public bool InfersSanitizer(IMethodSymbol method) =>
        _options is not null && !method.Locations.IsEmpty && method.Locations[0].SourceTree is { } tree && IsOnFor(tree)
        && SanitizerNames.SaysItMasks(method);

    /// <summary>What a guess by name says: its kind and category, no purposes, subjects or retention, and no classification.</summary>
    private static PiiInfo Guessed(PiiNameHeuristics.Match match) =>
        new(match.Kind, CategoryOf(match), PiiSource.NameInference,
            ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, Retention: null, IsClassified: false);

    /// <summary>The legal category a kind belongs to, as the code fix writes it.</summary>
    private static PiiCategory CategoryOf(PiiNameHeuristics.Match match) =>
        match.Kind == "Biometric" ? PiiCategory.Biometric : match.Sensitive ? PiiCategory.Sensitive : PiiCategory.Personal;

    /// <summary>On, off, or null when the options do not say (or say something unknown, which is ignored).</summary>
    private static bool? Mode(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(EditorConfigKey, out var value) && !options.TryGetValue(BuildPropertyKey, out value))
        {
            return null;
        }

        return value.Trim().ToLowerInvariant() switch
        {
            NamesMode or "true" or "on" => true,
            OffMode or "false" or "none" or "" => false,
            _ => null,
        };
    }
}
