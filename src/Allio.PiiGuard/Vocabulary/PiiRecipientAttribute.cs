namespace Allio.PiiGuard;

/// <summary>
/// What is passed here is transferred to the recipient <see cref="Id"/> declared in
/// <c>piiguard.json</c> (152-FZ art. 12 and §3 of the policy, GDPR art. 44–49).
/// </summary>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface
    | AttributeTargets.Method | AttributeTargets.Parameter,
    AllowMultiple = false, Inherited = true)]
public sealed class PiiRecipientAttribute : Attribute
{
    /// <summary>Names the recipient.</summary>
    /// <param name="id">A recipient id of the policy file.</param>
    public PiiRecipientAttribute(string id) => Id = id;

    /// <summary>The recipient id of the policy file.</summary>
    public string Id { get; }
}
