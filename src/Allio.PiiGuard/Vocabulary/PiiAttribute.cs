using Microsoft.Extensions.Compliance.Classification;

namespace Allio.PiiGuard;

/// <summary>
/// Marks a member, parameter or return value as personal data (152-FZ "other" category).
/// </summary>
/// <remarks>
/// Derives from <see cref="DataClassificationAttribute"/> with a public parameterless constructor,
/// so Microsoft's <c>[LoggerMessage]</c> generator redacts parameters marked with it unchanged.
/// On a class, struct or record it marks every instance member of that type.
/// </remarks>
/// <example><code>
/// [Pii(Kind = PiiKind.Email, Purposes = ["support"], Subjects = ["visitor"])]
/// public string Email { get; set; }
/// </code></example>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue
    | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
    AllowMultiple = false, Inherited = true)]
public class PiiAttribute : DataClassificationAttribute
{
    /// <summary>Marks ordinary personal data.</summary>
    public PiiAttribute()
        : this(PiiTaxonomy.Personal)
    {
    }

    /// <summary>Lets the derived marks choose their classification.</summary>
    protected PiiAttribute(DataClassification classification)
        : base(classification)
    {
    }

    /// <summary>What kind of personal data this is; drives the default redactor and reports.</summary>
    public PiiKind Kind { get; set; }

    /// <summary>Purpose ids of <c>piiguard.json</c> this data was collected for.</summary>
    public string[] Purposes { get; set; } = [];

    /// <summary>Data-subject ids of <c>piiguard.json</c> this data describes.</summary>
    public string[] Subjects { get; set; } = [];

    /// <summary>How long the data may be kept: an ISO-8601 duration (<c>P3Y</c>) or a policy word such as <c>until-consent-withdrawn</c>.</summary>
    public string? Retention { get; set; }
}
