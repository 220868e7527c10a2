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
/// <param name="Named">
/// How messages name data read from the framework by a key rather than a symbol of its own (<c>request value 'email'</c>,
/// <c>claim 'emailaddress'</c>; <paramref name="Source"/> is then the indexer or method read), else null.
/// </param>
internal readonly record struct TaintHit(IOperation Witness, ISymbol Source, PiiInfo Pii, ITypeSymbol? WholeObject, string? Named = null)
{
    /// <summary>
    /// How messages name the data: <c>'User.Email'</c>, <c>parameter 'email'</c>, <c>'User.Email' in whole 'User'</c>,
    /// <c>request value 'email'</c>, <c>claim 'emailaddress'</c>.
    /// </summary>
    public string DisplaySource =>
        Named ?? (WholeObject is null ? DataNames.Of(Source) : DataNames.InWhole(Source, WholeObject));
}
