namespace Allio.PiiGuard.Generators.Model;

/// <summary>A C# 13 partial property marked as personal data, whose implementing part the generator writes with audit calls.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="TypeName">Its type, fully qualified with nullable annotations.</param>
/// <param name="Modifiers">The declaration's modifiers as written (<c>public required partial</c>).</param>
/// <param name="Accessors">Its accessors, in order.</param>
/// <param name="BackingField">The generated field holding the value.</param>
/// <param name="Kind"><c>PiiKind</c> member name reported to the audit sink.</param>
/// <param name="IsReadOnlyField">True in a readonly struct, where the field must be readonly too.</param>
/// <param name="FieldTypeName">The field's type: the property's, made nullable in a struct (which cannot initialize it) with the getter forgiving null.</param>
internal readonly record struct AuditedPropertySpec(
    string Name,
    string TypeName,
    string Modifiers,
    EquatableArray<AccessorSpec> Accessors,
    string BackingField,
    string Kind,
    bool IsReadOnlyField,
    string FieldTypeName);

/// <summary>One accessor of a partial property: its own modifiers (<c>private</c>) and keyword (get, set, init).</summary>
internal readonly record struct AccessorSpec(string Modifiers, string Keyword);
