namespace Allio.Crm.Model;

/// <summary>
/// A model type with generated PiiGuard hooks, seen through the two hooks the subject's rights need.
/// The generator writes both methods; declaring the interface on a partial model type is all it takes,
/// so withdrawal (§5.3) and access (§5.4) handle every record, and the entries nested in it, alike.
/// </summary>
public interface IPersonalRecord
{
    /// <summary>Generated: erases every personal member, reports each erasure to the audit sink, returns their names.</summary>
    IReadOnlyList<string> ErasePersonalData();

    /// <summary>Generated: the personal members as ordered name → value pairs, each reported to the audit sink as a transfer.</summary>
    IReadOnlyList<KeyValuePair<string, object?>> ExportPersonalData();
}
