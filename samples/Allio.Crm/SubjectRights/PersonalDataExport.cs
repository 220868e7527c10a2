using Allio.Crm.Model;
using Allio.PiiGuard.EntityFrameworkCore;

namespace Allio.Crm.SubjectRights;

/// <summary>
/// Builds the access request's answer (§5.4) from PiiGuard's export of the database, which lists each record's members
/// in descriptor order with kind, purposes and retention and reports each as a transfer. Entries nested in a record
/// (a CV's courses and jobs) are disclosed through their own generated <c>ExportPersonalData()</c>. No hand-written
/// mapping, so a member added to a model is disclosed without touching this code.
/// </summary>
internal static class PersonalDataExport
{
    public static IReadOnlyList<ExportedRecord> From(PiiSubjectExport export) =>
    [
        .. export.Entities.SelectMany(entity => entity.Records.Select(record => new ExportedRecord(
            entity.Entity,
            [.. record.Members.Select(member => new ExportedMember(member.Name, member.Kind, member.Purposes, member.Retention, Disclose(member.Value)))]))),
    ];

    private static ExportedRecord Export(IPersonalRecord record)
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
