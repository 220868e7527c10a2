using Microsoft.Extensions.Compliance.Classification;

namespace Allio.PiiGuard;

/// <summary>
/// A personal-data member of <typeparamref name="TOwner"/>, whatever its type: what the shared erasure and export
/// of the generated hooks (<see cref="PiiSubjectRightsHooks"/>) loop over.
/// </summary>
/// <typeparam name="TOwner">The type declaring or inheriting the member.</typeparam>
public abstract class PiiMemberDescriptor<TOwner> : PiiMemberDescriptor
{
    private protected PiiMemberDescriptor(
        string name, PiiKind kind, DataClassification classification,
        string[]? purposes, string[]? subjects, string? retention, string? jsonName)
        : base(name, kind, classification, purposes, subjects, retention, jsonName)
    {
    }

    /// <summary>False for a member created without accessors until its type descriptor hands it the type's reader and writer.</summary>
    internal abstract bool IsBound { get; }

    /// <summary>Hands a member created without accessors the type's reader and writer and its index in the descriptor.</summary>
    internal abstract void Bind(PiiMemberReader<TOwner> reader, PiiMemberWriter<TOwner> writer, int index);

    /// <summary>Sets the member to its erased value (null, default or the string tombstone); false when it cannot be written.</summary>
    internal abstract bool Erase(ref TOwner owner);

    /// <summary>The value as the type stores it: for an audited property its field, so reading it reports no retrieval.</summary>
    internal abstract object? GetStoredValue(TOwner owner);
}
