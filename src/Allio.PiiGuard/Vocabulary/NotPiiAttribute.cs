namespace Allio.PiiGuard;

/// <summary>
/// States that a member whose name looks like personal data (<c>EmailTemplateId</c>,
/// <c>SupportPhone</c> of the company) is not personal data. Silences rule PII006.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter
    | AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = false, Inherited = true)]
public sealed class NotPiiAttribute : Attribute
{
    /// <summary>Why it is not personal data; shown to reviewers.</summary>
    public string? Justification { get; set; }
}
