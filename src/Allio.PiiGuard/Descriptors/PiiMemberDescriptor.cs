using Microsoft.Extensions.Compliance.Classification;

namespace Allio.PiiGuard;

/// <summary>
/// One personal-data member of a type, as the generator saw its marks: no reflection at run time,
/// so it is trimming- and AOT-safe.
/// </summary>
public abstract class PiiMemberDescriptor
{
    private protected PiiMemberDescriptor(
        string name, PiiKind kind, DataClassification classification,
        string[]? purposes, string[]? subjects, string? retention, string? jsonName)
    {
        Name = name;
        Kind = kind;
        Classification = classification;
        Purposes = purposes ?? [];
        Subjects = subjects ?? [];
        Retention = retention;
        JsonName = jsonName;
    }

    /// <summary>The member's name in C#.</summary>
    public string Name { get; }

    /// <summary>The kind of personal data.</summary>
    public PiiKind Kind { get; }

    /// <summary>The classification Microsoft's redactors are chosen by (<see cref="PiiTaxonomy"/>).</summary>
    public DataClassification Classification { get; }

    /// <summary>Purpose ids the data was collected for; empty when none are declared.</summary>
    public IReadOnlyList<string> Purposes { get; }

    /// <summary>Data-subject ids.</summary>
    public IReadOnlyList<string> Subjects { get; }

    /// <summary>Retention as written on the mark, or null.</summary>
    public string? Retention { get; }

    /// <summary>The name given by <c>[JsonPropertyName]</c>, or null when the member has none.</summary>
    public string? JsonName { get; }

    /// <summary>The member's declared type.</summary>
    public abstract Type ValueType { get; }

    /// <summary>True when the member can be written (and so erased) from outside the type.</summary>
    public abstract bool CanWrite { get; }

    /// <summary>The redaction marker written in place of the value when no redactor is used: <c>[redacted:Email]</c>.</summary>
    public string Marker => PiiRedaction.MarkerFor(Kind, Classification);

    /// <summary>Reads the member of a boxed owner (boxes value types; prefer the typed getter).</summary>
    public abstract object? GetBoxedValue(object owner);

#if NET8_0_OR_GREATER
    /// <summary>A JSON converter that writes this member redacted; typed, so no reflection is needed.</summary>
    internal abstract System.Text.Json.Serialization.JsonConverter CreateRedactingConverter(
        Microsoft.Extensions.Compliance.Redaction.IRedactorProvider? redactorProvider);
#endif
}
