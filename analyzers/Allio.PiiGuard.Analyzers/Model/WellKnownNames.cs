namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Metadata names of the vocabulary. The analyzers never reference the runtime library:
/// they recognise its types, and those of other libraries, by name.
/// </summary>
internal static class WellKnownNames
{
    public const string PiiAttribute = "Allio.PiiGuard.PiiAttribute";
    public const string SensitivePiiAttribute = "Allio.PiiGuard.SensitivePiiAttribute";
    public const string BiometricPiiAttribute = "Allio.PiiGuard.BiometricPiiAttribute";
    public const string NotPiiAttribute = "Allio.PiiGuard.NotPiiAttribute";
    public const string PiiSanitizerAttribute = "Allio.PiiGuard.PiiSanitizerAttribute";
    public const string PiiRecipientAttribute = "Allio.PiiGuard.PiiRecipientAttribute";
    public const string ProcessingPurposeAttribute = "Allio.PiiGuard.ProcessingPurposeAttribute";
    public const string PiiStoreAttribute = "Allio.PiiGuard.PiiStoreAttribute";

    public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
    public const string IdentityPersonalDataAttribute = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";
    public const string IdentityProtectedPersonalDataAttribute = "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute";

    /// <summary>Named arguments of <c>[Pii]</c>.</summary>
    public const string KindProperty = "Kind";
    public const string PurposesProperty = "Purposes";
    public const string SubjectsProperty = "Subjects";
    public const string RetentionProperty = "Retention";
}
