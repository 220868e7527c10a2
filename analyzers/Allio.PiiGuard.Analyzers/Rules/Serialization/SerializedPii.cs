using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Rules.Serialization;

/// <summary>A personal member a serializer writes, found in a value's member graph.</summary>
internal sealed record SerializedPii(ISymbol Member, PiiInfo Pii)
{
    /// <summary>How messages name it inside a whole object: <c>'Applicant.Email' in whole 'Envelope'</c>.</summary>
    public string DisplayIn(ITypeSymbol whole) => DataNames.InWhole(Member, whole);
}
