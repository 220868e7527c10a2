using Microsoft.Extensions.Compliance.Classification;

namespace Allio.PiiGuard;

/// <summary>
/// The type of a personal member that is not a <see cref="string"/>, named in generated code beside the type's member
/// table (<see cref="PiiTypeDescriptor{T}(PiiMemberReader{T}, PiiMemberWriter{T}, string, string, PiiMemberType[])"/>),
/// so the descriptor can create the member typed without reflection.
/// </summary>
public abstract class PiiMemberType
{
    private protected PiiMemberType()
    {
    }

    /// <summary>A member of <typeparamref name="TOwner"/> of this type, created without accessors.</summary>
    internal abstract PiiMemberDescriptor<TOwner> Create<TOwner>(
        string name, PiiKind kind, DataClassification classification, bool canWrite,
        string[]? purposes, string[]? subjects, string? retention, string? jsonName, bool erasesToTombstone);
}

/// <summary>Members of type <typeparamref name="TValue"/>.</summary>
/// <typeparam name="TValue">The member's type.</typeparam>
public sealed class PiiMemberType<TValue> : PiiMemberType
{
    private PiiMemberType()
    {
    }

    /// <summary>The one instance.</summary>
    public static PiiMemberType<TValue> Instance { get; } = new();

    internal override PiiMemberDescriptor<TOwner> Create<TOwner>(
        string name, PiiKind kind, DataClassification classification, bool canWrite,
        string[]? purposes, string[]? subjects, string? retention, string? jsonName, bool erasesToTombstone)
        => new PiiMemberDescriptor<TOwner, TValue>(name, kind, classification, canWrite, purposes, subjects, retention, jsonName, erasesToTombstone);
}
