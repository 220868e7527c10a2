namespace Allio.PiiGuard;

/// <summary>
/// Marks a special category of personal data: health, beliefs, ethnicity, politics, intimate life,
/// convictions (152-FZ art. 10, GDPR art. 9). Redacted by erasure and held to stricter rules.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue
    | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
    AllowMultiple = false, Inherited = true)]
public class SensitivePiiAttribute : PiiAttribute
{
    /// <summary>Marks special-category personal data.</summary>
    public SensitivePiiAttribute()
        : base(PiiTaxonomy.Sensitive)
    {
    }
}
