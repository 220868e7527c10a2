namespace Allio.PiiGuard;

/// <summary>
/// States that a member whose name looks like personal data (<c>EmailTemplateId</c>,
/// <c>SupportPhone</c> of the company) is not personal data. Silences rule PII006, and in inference mode keeps the
/// name from being a source. On a getter method it marks the return value: <c>[return: NotPii]</c>.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue
    | AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = false, Inherited = true)]
public sealed class NotPiiAttribute : Attribute
{
    /// <summary>Why it is not personal data; shown to reviewers.</summary>
    public string? Justification { get; set; }
}
