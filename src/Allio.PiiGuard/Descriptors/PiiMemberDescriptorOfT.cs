using Microsoft.Extensions.Compliance.Classification;

namespace Allio.PiiGuard;

/// <summary>Writes a member of <typeparamref name="TOwner"/>; by reference so structs are written in place.</summary>
public delegate void PiiMemberSetter<TOwner, in TValue>(ref TOwner owner, TValue value);

/// <summary>A personal-data member of <typeparamref name="TOwner"/> with typed, generated accessors.</summary>
/// <typeparam name="TOwner">The type declaring or inheriting the member.</typeparam>
/// <typeparam name="TValue">The member's type.</typeparam>
public sealed class PiiMemberDescriptor<TOwner, TValue> : PiiMemberDescriptor
{
    /// <summary>Created by generated code.</summary>
    public PiiMemberDescriptor(
        string name, PiiKind kind, DataClassification classification,
        string[] purposes, string[] subjects, string? retention, string? jsonName,
        Func<TOwner, TValue> getter, PiiMemberSetter<TOwner, TValue>? setter)
        : base(name, kind, classification, purposes, subjects, retention, jsonName)
    {
        Getter = getter;
        Setter = setter;
    }

    /// <summary>Reads the member.</summary>
    public Func<TOwner, TValue> Getter { get; }

    /// <summary>Writes the member, or null when it is read-only or init-only.</summary>
    public PiiMemberSetter<TOwner, TValue>? Setter { get; }

    /// <inheritdoc />
    public override Type ValueType => typeof(TValue);

    /// <inheritdoc />
    public override bool CanWrite => Setter is not null;

    /// <inheritdoc />
    public override object? GetBoxedValue(object owner) => Getter((TOwner)owner);

#if NET8_0_OR_GREATER
    internal override System.Text.Json.Serialization.JsonConverter CreateRedactingConverter(
        Microsoft.Extensions.Compliance.Redaction.IRedactorProvider? redactorProvider)
        => new PiiRedactingJsonConverter<TValue>(this, redactorProvider);
#endif
}
