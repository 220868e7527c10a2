using Allio.Crm.Model;
using Allio.PiiGuard;

namespace Allio.Crm.SubjectRights;

/// <summary>What erasure and export share: a record's generated descriptor and the entries nested in its members.</summary>
internal static class PersonalRecords
{
    /// <summary>The descriptor the generator registered for the record's type.</summary>
    public static PiiTypeDescriptor DescriptorOf(IPersonalRecord record) =>
        PiiTypeRegistry.Find(record.GetType())
        ?? throw new InvalidOperationException($"{record.GetType()} has hooks but no registered descriptor.");

    /// <summary>A member value that holds records of its own (one, or a list), as those records; null otherwise.</summary>
    public static IEnumerable<IPersonalRecord>? Nested(object? value) => value switch
    {
        IPersonalRecord record => [record],
        IEnumerable<IPersonalRecord> records => records,
        _ => null,
    };

    /// <summary>True when a member of this declared type can hold nested records, so reading it is worth it.</summary>
    public static bool CanNest(Type valueType) =>
        typeof(IPersonalRecord).IsAssignableFrom(valueType) || typeof(IEnumerable<IPersonalRecord>).IsAssignableFrom(valueType);
}
