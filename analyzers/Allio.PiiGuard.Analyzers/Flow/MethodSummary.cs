using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>What a method of the compilation returns, seen from its callers.</summary>
/// <param name="Sources">Personal data its return value carries whatever the arguments (<c>ContactOf(User u) => u.Email</c>).</param>
/// <param name="FlowingParameters">Bit <c>i</c> set when argument <c>i</c> reaches the return value (<c>Quote(string s) => "'" + s + "'"</c>).</param>
/// <param name="RoundedParameters">
/// Bit <c>i</c> set when argument <c>i</c> reaches the return value only rounded to a region (<c>Coarse(double d) =>
/// Math.Round(d, 1)</c>, see <see cref="CoarsenedPlaces"/>): the caller drops a location from it and keeps the rest.
/// </param>
/// <param name="FirstWordParameters">
/// Bit <c>i</c> set when argument <c>i</c> reaches the return value only as its first word (<c>OutwardCode(string
/// postcode) => postcode[..postcode.IndexOf(' ')]</c>): the caller drops a postal address from it and keeps the rest.
/// </param>
internal sealed record MethodSummary(
    ImmutableArray<(ISymbol Source, PiiInfo Pii, ITypeSymbol? WholeObject)> Sources, ulong FlowingParameters,
    ulong RoundedParameters = 0, ulong FirstWordParameters = 0)
{
    public static MethodSummary Empty { get; } = new(ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>.Empty, 0);

    /// <summary>The summary of a method whose result carries <paramref name="sources"/> and the <paramref name="parameters"/>.</summary>
    public static MethodSummary Of(ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)> sources, ReachingParameters parameters) =>
        new(sources, parameters.Whole, parameters.Rounded, parameters.FirstWord);

    /// <summary>True when the argument reaches the return value, whole or coarsened.</summary>
    public bool Flows(IParameterSymbol? parameter) =>
        parameter is { Ordinal: < 64 } && ((FlowingParameters | RoundedParameters | FirstWordParameters) & (1UL << parameter.Ordinal)) != 0;

    /// <summary>The kind the argument loses on its way to the return value, or null when it reaches it whole (or not at all).</summary>
    public string? DroppedKind(IParameterSymbol? parameter)
    {
        if (parameter is not { Ordinal: < 64 } || (FlowingParameters & (1UL << parameter.Ordinal)) != 0)
        {
            return null;
        }

        var bit = 1UL << parameter.Ordinal;
        return (RoundedParameters & bit) != 0 ? CoarsenedPlaces.Kind : (FirstWordParameters & bit) != 0 ? CoarsenedPlaces.AddressKind : null;
    }
}

/// <summary>
/// The parameters of a summarized method that reach a value, as bits by ordinal: whole, or only coarsened (see
/// <see cref="MethodSummary"/>); kept alike by the engine and by the summaries read from syntax.
/// </summary>
internal readonly record struct ReachingParameters(ulong Whole, ulong Rounded, ulong FirstWord)
{
    /// <summary>Every parameter that reaches the value, coarsened or not.</summary>
    public ulong Any => Whole | Rounded | FirstWord;

    /// <summary>These parameters and parameter <paramref name="ordinal"/>, reached through <paramref name="coarsening"/> (a kind it drops) or whole.</summary>
    public ReachingParameters With(int ordinal, string? coarsening)
    {
        var bit = 1UL << ordinal;
        return coarsening switch
        {
            CoarsenedPlaces.Kind => this with { Rounded = Rounded | bit },
            CoarsenedPlaces.AddressKind => this with { FirstWord = FirstWord | bit },
            _ => this with { Whole = Whole | bit },
        };
    }
}
