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
