namespace Allio.PiiGuard;

/// <summary>
/// On a <c>DbContext</c> or repository type: data saved through it lands in the store
/// <see cref="Id"/> of <c>piiguard.json</c>, whose country decides localization (152-FZ art. 18 part 5).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = false, Inherited = true)]
public sealed class PiiStoreAttribute : Attribute
{
    /// <summary>Names the store.</summary>
    /// <param name="id">A store id of the policy file.</param>
    public PiiStoreAttribute(string id) => Id = id;

    /// <summary>The store id of the policy file.</summary>
    public string Id { get; }
}
