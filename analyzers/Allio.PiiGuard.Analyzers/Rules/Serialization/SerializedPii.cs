using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Rules.Serialization;

/// <summary>A personal member a serializer writes, found in a value's member graph.</summary>
internal sealed record SerializedPii(ISymbol Member, PiiInfo Pii)
{
    /// <summary>How messages name it inside a whole object: <c>Applicant.Email in whole 'Envelope'</c>.</summary>
    public string DisplayIn(ITypeSymbol whole) =>
        (Member.ContainingType?.Name is { } owner ? owner + "." : string.Empty) + Member.Name + " in whole '" + whole.Name + "'";
}
