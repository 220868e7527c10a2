using Allio.Crm.Model;
using Allio.Crm.SubjectRights;
using Allio.PiiGuard;
using Allio.PiiGuard.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Allio.Crm.Storage;

/// <summary>
/// Files records under their subject in <see cref="CrmDbContext"/>. Records with the same email belong to one subject,
/// so withdrawal and access (through PiiGuard's subject rights over the whole database) cover all of them.
/// </summary>
public sealed class CrmRepository(IDbContextFactory<CrmDbContext> contexts)
{
    // One filing at a time: two first records of a new subject must not open two subjects.
    private readonly SemaphoreSlim _filing = new(1, 1);

    /// <summary>Files the record under the subject its email identifies (§2.2.1), opening a new subject for a new email.</summary>
    public async Task<Guid> AddAsync(ISubjectRecord record)
    {
        await _filing.WaitAsync();
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            record.SubjectId = await SubjectOfAsync(db, record.Email) ?? Guid.NewGuid();
            db.Add(record);
            await db.SaveChangesAsync();
            return record.SubjectId;
        }
        finally
        {
            _filing.Release();
        }
    }

    /// <summary>The records held about the subject, or null when nothing is; for inspection (tests).</summary>
    public SubjectFile? Find(Guid subjectId)
    {
        using var db = contexts.CreateDbContext();
        var file = new SubjectFile(subjectId);
        file.Inquiries.AddRange(db.Inquiries.Where(r => r.SubjectId == subjectId));
        file.Applications.AddRange(db.Applications.Where(r => r.SubjectId == subjectId));
        file.EventRegistrations.AddRange(db.EventRegistrations.Where(r => r.SubjectId == subjectId));
        file.ServiceDeskAccounts.AddRange(db.ServiceDeskAccounts.Where(r => r.SubjectId == subjectId));
        file.SoftwareRegistrations.AddRange(db.SoftwareRegistrations.Where(r => r.SubjectId == subjectId));
        return file.RecordCount == 0 ? null : file;
    }

    /// <summary>The access request's answer (§5.4): every record of the subject, or null when nothing is held.</summary>
    public async Task<IReadOnlyList<ExportedRecord>?> ExportAsync(Guid subjectId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var export = await db.ExportSubjectAsync(subjectId);
        return export.RecordCount == 0 ? null : PersonalDataExport.From(export);
    }

    /// <summary>Withdrawal of consent (§5.3): destroys every record of the subject in one transaction; null when nothing is held.</summary>
    public async Task<PiiErasureReport?> EraseAsync(Guid subjectId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var report = await db.EraseSubjectAsync(subjectId);
        return report.RecordCount == 0 ? null : report;
    }

    /// <summary>The subject already filed under this email, if any; emails compare without case.</summary>
    [ProcessingPurpose("identification")]
    private static async Task<Guid?> SubjectOfAsync(CrmDbContext db, [Pii(Kind = PiiKind.Email)] string email)
    {
        var key = email.ToLowerInvariant();
        return await db.Inquiries.Where(r => r.Email.ToLower() == key).Select(r => (Guid?)r.SubjectId).FirstOrDefaultAsync()
            ?? await db.Applications.Where(r => r.Email.ToLower() == key).Select(r => (Guid?)r.SubjectId).FirstOrDefaultAsync()
            ?? await db.EventRegistrations.Where(r => r.Email.ToLower() == key).Select(r => (Guid?)r.SubjectId).FirstOrDefaultAsync()
            ?? await db.ServiceDeskAccounts.Where(r => r.Email.ToLower() == key).Select(r => (Guid?)r.SubjectId).FirstOrDefaultAsync()
            ?? await db.SoftwareRegistrations.Where(r => r.Email.ToLower() == key).Select(r => (Guid?)r.SubjectId).FirstOrDefaultAsync();
    }
}
