using Allio.Crm.Model;
using Allio.PiiGuard;

namespace Allio.Crm.SubjectRights;

/// <summary>A record's generated descriptor, for the entries nested in a record that the database export hands over whole.</summary>
internal static class PersonalRecords
{
    /// <summary>The descriptor the generator registered for the record's type.</summary>
    public static PiiTypeDescriptor DescriptorOf(IPersonalRecord record) =>
        PiiTypeRegistry.Find(record.GetType())
        ?? throw new InvalidOperationException($"{record.GetType()} has hooks but no registered descriptor.");
}
