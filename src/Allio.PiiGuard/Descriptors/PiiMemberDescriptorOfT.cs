using Microsoft.Extensions.Compliance.Classification;

namespace Allio.PiiGuard;

/// <summary>Writes a member of <typeparamref name="TOwner"/>; by reference so structs are written in place.</summary>
public delegate void PiiMemberSetter<TOwner, in TValue>(ref TOwner owner, TValue value);

/// <summary>A personal-data member of <typeparamref name="TOwner"/> with typed, generated accessors.</summary>
/// <typeparam name="TOwner">The type declaring or inheriting the member.</typeparam>
/// <typeparam name="TValue">The member's type.</typeparam>
public sealed class PiiMemberDescriptor<TOwner, TValue> : PiiMemberDescriptor<TOwner>
{
    private readonly bool erasesToTombstone;
    private readonly bool writable;
    private Func<TOwner, TValue>? storedValue;
    private PiiMemberReader<TOwner>? reader;
    private PiiMemberWriter<TOwner>? writer;
    private int index;

    /// <summary>Created by generated code; what a member does not declare is left at its default.</summary>
    /// <param name="name">The member's name in C#.</param>
    /// <param name="kind">The kind of personal data.</param>
    /// <param name="classification">The classification redactors are chosen by.</param>
    /// <param name="getter">Reads the member.</param>
    /// <param name="setter">Writes what erasure writes (an audited property's field), or null when nothing can.</param>
    /// <param name="purposes">Purpose ids; null for none.</param>
    /// <param name="subjects">Data-subject ids; null for none.</param>
    /// <param name="retention">Retention as written on the mark.</param>
    /// <param name="jsonName">The <c>[JsonPropertyName]</c> name.</param>
    /// <param name="erasesToTombstone">True for a non-nullable string, which erasure sets to <see cref="PiiErasure.StringTombstone"/> (others become null or default).</param>
    /// <param name="storedValue">Reads what the type stores when it is not what <paramref name="getter"/> reads (an audited property's field).</param>
    public PiiMemberDescriptor(
        string name, PiiKind kind, DataClassification classification,
        Func<TOwner, TValue> getter, PiiMemberSetter<TOwner, TValue>? setter = null,
        string[]? purposes = null, string[]? subjects = null, string? retention = null, string? jsonName = null,
        bool erasesToTombstone = false, Func<TOwner, TValue>? storedValue = null)
        : base(name, kind, classification, purposes, subjects, retention, jsonName)
    {
        if (erasesToTombstone && typeof(TValue) != typeof(string))
        {
            throw new ArgumentException("Only a string member can be erased to the string tombstone.", nameof(erasesToTombstone));
        }

        Getter = getter;
        Setter = setter;
        writable = setter is not null;
        this.erasesToTombstone = erasesToTombstone;
        this.storedValue = storedValue ?? getter;
    }

    /// <summary>
    /// Created by generated code whose type reads and writes its members through one <see cref="PiiMemberReader{TOwner}"/>
    /// and one <see cref="PiiMemberWriter{TOwner}"/>, which the type's descriptor hands to its members
    /// (<see cref="PiiTypeDescriptor{T}(PiiMemberReader{T}, PiiMemberWriter{T}, PiiMemberDescriptor{T}[])"/>).
    /// </summary>
    /// <param name="name">The member's name in C#.</param>
    /// <param name="kind">The kind of personal data.</param>
    /// <param name="classification">The classification redactors are chosen by.</param>
    /// <param name="canWrite">True when the type's writer writes the member (or what erasure writes for it).</param>
    /// <param name="purposes">Purpose ids; null for none.</param>
    /// <param name="subjects">Data-subject ids; null for none.</param>
    /// <param name="retention">Retention as written on the mark.</param>
    /// <param name="jsonName">The <c>[JsonPropertyName]</c> name.</param>
    /// <param name="erasesToTombstone">True for a non-nullable string, which erasure sets to <see cref="PiiErasure.StringTombstone"/> (others become null or default).</param>
    public PiiMemberDescriptor(
        string name, PiiKind kind, DataClassification classification, bool canWrite,
        string[]? purposes = null, string[]? subjects = null, string? retention = null, string? jsonName = null,
        bool erasesToTombstone = false)
        : base(name, kind, classification, purposes, subjects, retention, jsonName)
    {
        if (erasesToTombstone && typeof(TValue) != typeof(string))
        {
            throw new ArgumentException("Only a string member can be erased to the string tombstone.", nameof(erasesToTombstone));
        }

        writable = canWrite;
        this.erasesToTombstone = erasesToTombstone;
        Getter = null!;
    }

    /// <summary>Reads the member.</summary>
    public Func<TOwner, TValue> Getter { get; private set; }

    /// <summary>Writes the member, or null when it is read-only or init-only.</summary>
    public PiiMemberSetter<TOwner, TValue>? Setter { get; private set; }

    /// <inheritdoc />
    public override Type ValueType => typeof(TValue);

    /// <inheritdoc />
    public override bool CanWrite => writable;

    /// <inheritdoc />
    public override object? GetBoxedValue(object owner)
    {
        var typed = (TOwner)owner;
        return reader is null ? Getter(typed) : reader(ref typed, index, stored: false);
    }

    internal override bool IsBound => reader is not null || storedValue is not null;

    internal override void Bind(PiiMemberReader<TOwner> reader, PiiMemberWriter<TOwner> writer, int index)
    {
        if (IsBound)
        {
            throw new InvalidOperationException("The member " + Name + " already belongs to a type descriptor with typed accessors.");
        }

        this.reader = reader;
        this.index = index;
        Getter = owner => (TValue)reader(ref owner, index, stored: false)!;
        if (writable)
        {
            this.writer = writer;
            Setter = (ref TOwner owner, TValue value) => writer(ref owner, index, value);
        }
    }

    internal override bool Erase(ref TOwner owner)
    {
        if (!writable)
        {
            return false;
        }

        // The constructor checked that TValue is string when the tombstone is asked for.
        var erased = erasesToTombstone ? (TValue)(object)PiiErasure.StringTombstone : default!;
        if (writer is null)
        {
            Setter!(ref owner, erased);
        }
        else
        {
            writer(ref owner, index, erased);
        }

        return true;
    }

    internal override object? GetStoredValue(TOwner owner)
        => reader is null ? storedValue!(owner) : reader(ref owner, index, stored: true);

#if NET8_0_OR_GREATER
    internal override System.Text.Json.Serialization.JsonConverter CreateRedactingConverter(
        Microsoft.Extensions.Compliance.Redaction.IRedactorProvider? redactorProvider)
        => new PiiRedactingJsonConverter<TValue>(this, redactorProvider);
#endif
}
