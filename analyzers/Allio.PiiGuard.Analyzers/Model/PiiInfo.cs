using System.Collections.Immutable;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>What the marks on one symbol say about the personal data it holds.</summary>
/// <param name="Kind">Name of the <c>PiiKind</c> member (<c>Email</c>), <c>Unspecified</c> when not stated.</param>
/// <param name="Category">Legal category.</param>
/// <param name="Source">Which mark decided it.</param>
/// <param name="Purposes">Purpose ids of the policy file, empty when none are declared.</param>
/// <param name="Subjects">Data-subject ids of the policy file.</param>
/// <param name="Retention">Retention as written, or null.</param>
/// <param name="IsClassified">True when the value carries a <c>DataClassification</c> Microsoft's redaction understands.</param>
internal sealed record PiiInfo(
    string Kind,
    PiiCategory Category,
    PiiSource Source,
    ImmutableArray<string> Purposes,
    ImmutableArray<string> Subjects,
    string? Retention,
    bool IsClassified)
{
    /// <summary>The kind name used when a mark does not state one.</summary>
    public const string UnspecifiedKind = "Unspecified";

    /// <summary>A readable kind for messages: the category word when the kind is unknown.</summary>
    public string DisplayKind => Kind != UnspecifiedKind ? Kind : Category switch
    {
        PiiCategory.Sensitive => "Sensitive",
        PiiCategory.Biometric => "Biometric",
        _ => "PersonalData",
    };
}
