using Allio.Crm.Model;

namespace Allio.Crm.SubjectRights;

/// <summary>
/// Builds the access request's answer (§5.4) from the generated hooks alone: the members and their order come
/// from <c>ExportPersonalData()</c> (which reports each as a transfer), kind, purposes and retention from the
/// descriptor. No hand-written mapping, so a member added to a model is disclosed without touching this code.
/// </summary>
internal static class PersonalDataExport
{
    public static ExportedRecord Export(IPersonalRecord record)
    {
        var descriptor = PersonalRecords.DescriptorOf(record);
        var members = record.ExportPersonalData().Select(pair =>
        {
            var member = descriptor.Find(pair.Key)
                ?? throw new InvalidOperationException($"{descriptor.Type} exported {pair.Key}, which its descriptor does not list.");
            return new ExportedMember(member.Name, member.Kind, member.Purposes, member.Retention, Disclose(pair.Value));
        });

        return new ExportedRecord(descriptor.Type.Name, [.. members]);
    }

    /// <summary>Nested entries are exported through their own hooks, so their members are disclosed and audited one by one.</summary>
    private static object? Disclose(object? value) => value switch
    {
        IPersonalRecord record => Export(record),
        IEnumerable<IPersonalRecord> records => records.Select(Export).ToList(),
        _ => value,
    };
}
