using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>One way personal data reaches a queried value.</summary>
/// <param name="Witness">
/// The operation inside the queried expression where the data enters it (a member read, a local,
/// a call): rules report there and code fixes wrap it.
/// </param>
/// <param name="Source">The marked member, parameter or method the data was read from.</param>
/// <param name="Pii">What the mark says.</param>
/// <param name="WholeObject">The object's type when a whole object holding <paramref name="Source"/> is the data, else null.</param>
/// <param name="Key">The key a request's collection (<paramref name="Source"/>, its indexer) was read by, else null.</param>
internal readonly record struct TaintHit(IOperation Witness, ISymbol Source, PiiInfo Pii, ITypeSymbol? WholeObject, string? Key = null)
{
    /// <summary>
    /// How messages name the data: <c>'User.Email'</c>, <c>parameter 'email'</c>, <c>'User.Email' in whole 'User'</c>,
    /// <c>request value 'email'</c>.
    /// </summary>
    public string DisplaySource =>
        Key is not null ? DataNames.OfRequestValue(Key) : WholeObject is null ? DataNames.Of(Source) : DataNames.InWhole(Source, WholeObject);
}
