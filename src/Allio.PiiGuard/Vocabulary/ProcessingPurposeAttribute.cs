namespace Allio.PiiGuard;

/// <summary>
/// This code processes personal data for the purpose <see cref="Id"/> of <c>piiguard.json</c>.
/// Reading data collected for other purposes here breaks purpose limitation
/// (152-FZ art. 5 part 2, GDPR art. 5(1)(b)).
/// </summary>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method,
    AllowMultiple = false, Inherited = true)]
public sealed class ProcessingPurposeAttribute : Attribute
{
    /// <summary>Names the purpose.</summary>
    /// <param name="id">A purpose id of the policy file.</param>
    public ProcessingPurposeAttribute(string id) => Id = id;

    /// <summary>The purpose id of the policy file.</summary>
    public string Id { get; }
}
