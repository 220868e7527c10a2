using Microsoft.Extensions.Compliance.Classification;

namespace Allio.PiiGuard;

/// <summary>
/// The <see cref="DataClassification"/> values behind the PiiGuard attributes, in the taxonomy
/// <see cref="TaxonomyName"/>. Redactors are registered per value.
/// </summary>
public static class PiiTaxonomy
{
    /// <summary>The taxonomy name every PiiGuard classification carries.</summary>
    public const string TaxonomyName = "Allio.Pii";

    /// <summary>Ordinary personal data (<see cref="PiiAttribute"/>).</summary>
    public static DataClassification Personal { get; } = new(TaxonomyName, nameof(Personal));

    /// <summary>Special categories (<see cref="SensitivePiiAttribute"/>).</summary>
    public static DataClassification Sensitive { get; } = new(TaxonomyName, nameof(Sensitive));

    /// <summary>Biometric data (<see cref="BiometricPiiAttribute"/>).</summary>
    public static DataClassification Biometric { get; } = new(TaxonomyName, nameof(Biometric));
}
