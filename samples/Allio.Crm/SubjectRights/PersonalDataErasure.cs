using Allio.Crm.Model;

namespace Allio.Crm.SubjectRights;

/// <summary>Withdrawal of consent (§5.3) through the generated <c>ErasePersonalData()</c>, which reports every erasure to the audit sink.</summary>
internal static class PersonalDataErasure
{
    public static ErasedRecord Erase(IPersonalRecord record)
    {
        // Nested entries first: erasing the record drops its lists, and with them the only way to reach the entries.
        var descriptor = PersonalRecords.DescriptorOf(record);
        var entries = descriptor.Members
            .Where(member => PersonalRecords.CanNest(member.ValueType))
            .SelectMany(member => PersonalRecords.Nested(member.GetBoxedValue(record)) ?? [])
            .Select(Erase)
            .ToList();

        return new ErasedRecord(descriptor.Type.Name, record.ErasePersonalData(), entries);
    }
}
