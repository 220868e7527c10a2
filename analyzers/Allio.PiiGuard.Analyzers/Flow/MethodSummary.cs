using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>What a method of the compilation returns, seen from its callers.</summary>
/// <param name="Sources">Personal data its return value carries whatever the arguments (<c>ContactOf(User u) => u.Email</c>).</param>
/// <param name="FlowingParameters">Bit <c>i</c> set when argument <c>i</c> reaches the return value (<c>Quote(string s) => "'" + s + "'"</c>).</param>
internal sealed record MethodSummary(ImmutableArray<(ISymbol Source, PiiInfo Pii, ITypeSymbol? WholeObject)> Sources, ulong FlowingParameters)
{
    public static MethodSummary Empty { get; } = new(ImmutableArray<(ISymbol, PiiInfo, ITypeSymbol?)>.Empty, 0);

    public bool Flows(IParameterSymbol? parameter) =>
        parameter is { Ordinal: < 64 } && (FlowingParameters & (1UL << parameter.Ordinal)) != 0;
}
