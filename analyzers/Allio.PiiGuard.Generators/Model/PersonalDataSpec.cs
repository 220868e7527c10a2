namespace Allio.PiiGuard.Generators.Model;

/// <summary>What the marks on a member say, copied out of the shared <c>PiiInfo</c> as plain data.</summary>
/// <param name="Kind"><c>PiiKind</c> member name.</param>
/// <param name="Marker">The text written instead of the value: <c>[redacted:Email]</c>.</param>
/// <param name="Classification"><c>PiiTaxonomy</c> property name: Personal, Sensitive or Biometric.</param>
/// <param name="Purposes">Purpose ids.</param>
/// <param name="Subjects">Data-subject ids.</param>
/// <param name="Retention">Retention as written, or null.</param>
/// <param name="JsonName">The member's <c>[JsonPropertyName]</c>, or null.</param>
internal readonly record struct PersonalDataSpec(
    string Kind,
    string Marker,
    string Classification,
    EquatableArray<string> Purposes,
    EquatableArray<string> Subjects,
    string? Retention,
    string? JsonName);
