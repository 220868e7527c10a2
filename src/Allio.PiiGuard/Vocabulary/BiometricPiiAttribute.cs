namespace Allio.PiiGuard;

/// <summary>
/// Marks biometric personal data: physiological features used to establish identity
/// (152-FZ art. 11). Redacted by erasure and held to stricter rules.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue
    | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
    AllowMultiple = false, Inherited = true)]
public class BiometricPiiAttribute : PiiAttribute
{
    /// <summary>Marks biometric personal data.</summary>
    public BiometricPiiAttribute()
        : base(PiiTaxonomy.Biometric)
    {
        Kind = PiiKind.Biometric;
    }
}
