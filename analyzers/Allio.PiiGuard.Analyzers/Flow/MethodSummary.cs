using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>What a method of the compilation returns, seen from its callers.</summary>
/// <param name="Sources">Personal data its return value carries whatever the arguments (<c>ContactOf(User u) => u.Email</c>).</param>
/// <param name="Reaching">
/// Every parameter that reaches the return value, whole (<c>Quote(string s) => "'" + s + "'"</c>) or only coarsened (<c>Coarse(double d) => Math.Round(d, 1)</c>,
/// <c>OutwardCode(string postcode) => postcode[..postcode.IndexOf(' ')]</c>, see <see cref="CoarsenedPlaces"/>): the
/// caller drops the coarsened kind from such an argument and keeps the rest.
/// </param>
internal sealed record MethodSummary(
    ImmutableArray<(ISymbol Source, PiiInfo Pii, ITypeSymbol? WholeObject)> Sources, ReachingParameters Reaching)
{
    public static MethodSummary Empty { get; } = new(ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>.Empty, default);

    /// <summary>True when the argument reaches the return value, whole or coarsened.</summary>
    public bool Flows(IParameterSymbol? parameter) =>
        parameter is { Ordinal: < 64 } && (Reaching.Any & (1UL << parameter.Ordinal)) != 0;

    /// <summary>The kind the argument loses on its way to the return value, or null when it reaches it whole (or not at all).</summary>
    public string? DroppedKind(IParameterSymbol? parameter) =>
        parameter is { Ordinal: < 64 } ? Reaching.DroppedKind(parameter.Ordinal) : null;
}

/// <summary>
/// The parameters of a summarized method that reach a value, as bits by ordinal: whole, or only coarsened, per kind of
/// <see cref="CoarsenedPlaces.Kinds"/> (see <see cref="MethodSummary"/>); kept alike by the engine and by the summaries
/// read from syntax.
/// </summary>
internal readonly record struct ReachingParameters(ulong Whole, ImmutableArray<ulong> CoarsenedByKind)
{
    /// <summary>Every parameter that reaches the value, coarsened or not.</summary>
    public ulong Any
    {
        get
        {
            var any = Whole;
            foreach (var bits in CoarsenedByKind.IsDefault ? ImmutableArray<ulong>.Empty : CoarsenedByKind)
            {
                any |= bits;
            }

            return any;
        }
    }

    /// <summary>The kind parameter <paramref name="ordinal"/> loses on its way, or null when it reaches the value whole or not at all.</summary>
    public string? DroppedKind(int ordinal)
    {
        var bit = 1UL << ordinal;
        if ((Whole & bit) != 0 || CoarsenedByKind.IsDefault)
        {
            return null;
        }

        for (var i = 0; i < CoarsenedByKind.Length; i++)
        {
            if ((CoarsenedByKind[i] & bit) != 0)
            {
                return CoarsenedPlaces.Kinds[i];
            }
        }

        return null;
    }

    /// <summary>These parameters and parameter <paramref name="ordinal"/>, reached through <paramref name="coarsening"/> (a kind it drops) or whole.</summary>
    public ReachingParameters With(int ordinal, string? coarsening)
    {
        var bit = 1UL << ordinal;
        var index = coarsening is null ? -1 : CoarsenedPlaces.Kinds.IndexOf(coarsening);
        if (index < 0)
        {
            return this with { Whole = Whole | bit };
        }

        var byKind = CoarsenedByKind.IsDefault ? new ulong[CoarsenedPlaces.Kinds.Length].ToImmutableArray() : CoarsenedByKind;
        return this with { CoarsenedByKind = byKind.SetItem(index, byKind[index] | bit) };
    }
}
