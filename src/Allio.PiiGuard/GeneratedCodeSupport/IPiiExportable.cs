namespace Allio.PiiGuard;

/// <summary>
/// Implemented by every type the generator gives hooks: lets a holder export the personal data of a nested value
/// (a member, a collection's items) without knowing its type at compile time.
/// </summary>
public interface IPiiExportable
{
    /// <summary>The subject's personal data in this instance, as ordered name–value pairs, for an access request.</summary>
    IReadOnlyList<KeyValuePair<string, object?>> ExportPersonalData();
}
