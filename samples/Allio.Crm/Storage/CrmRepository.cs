using Allio.Crm.Model;
using Allio.Crm.SubjectRights;
using Allio.PiiGuard;

namespace Allio.Crm.Storage;

/// <summary>
/// The CRM's store of personal data, kept in memory so the sample needs no database. It stands for
/// the store <c>crm-db</c> of <c>piiguard.json</c>, located in Russia (152-FZ art. 18 part 5).
/// Records with the same email belong to one subject, so withdrawal and access cover all of them.
/// </summary>
[PiiStore("crm-db")]
public sealed class CrmRepository
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, SubjectFile> _files = [];
    /// <summary>Its keys are the subjects' emails: personal data, kept only to recognise a returning subject.</summary>
    [Pii(Kind = PiiKind.Email, Purposes = ["identification"], Subjects = ["visitor", "applicant", "client"], Retention = "until-consent-withdrawn")]
    private readonly Dictionary<string, Guid> _subjectByEmail = new(StringComparer.OrdinalIgnoreCase);

    public Guid Add(Visitor visitor) => Attach(visitor.Email, file => file.Inquiries.Add(visitor));

    public Guid Add(Applicant applicant) => Attach(applicant.Email, file => file.Applications.Add(applicant));

    public Guid Add(EventRegistration registration) => Attach(registration.Email, file => file.EventRegistrations.Add(registration));

    public Guid Add(ServiceDeskClient client) => Attach(client.Email, file => file.ServiceDeskAccounts.Add(client));

    public Guid Add(SoftwareRegistration registration) => Attach(registration.Email, file => file.SoftwareRegistrations.Add(registration));

    /// <summary>The records held about the subject, or null when nothing is; for inspection (tests), the endpoints go through the hooks.</summary>
    public SubjectFile? Find(Guid subjectId)
    {
        lock (_gate)
        {
            return _files.TryGetValue(subjectId, out var file) ? file.Snapshot() : null;
        }
    }

    /// <summary>The access request's answer (§5.4): every record of the subject through its generated export, or null when nothing is held.</summary>
    public IReadOnlyList<ExportedRecord>? Export(Guid subjectId)
    {
        lock (_gate)
        {
            return _files.TryGetValue(subjectId, out var file) ? [.. file.Records().Select(PersonalDataExport.Export)] : null;
        }
    }

    /// <summary>
    /// Withdrawal of consent (§5.3): erases every personal member of every record of the subject, then destroys the
    /// records. Returns what was erased, or null when nothing is held.
    /// </summary>
    public IReadOnlyList<ErasedRecord>? Erase(Guid subjectId)
    {
        lock (_gate)
        {
            if (!_files.TryGetValue(subjectId, out var file))
            {
                return null;
            }

            // Erased before they are dropped: each member's erasure reaches the audit trail, and a record still
            // referenced elsewhere (a snapshot, a pending response) holds tombstones, not the subject's data.
            var erased = file.Records().Select(PersonalDataErasure.Erase).ToList();
            _files.Remove(subjectId);
            foreach (var email in _subjectByEmail.Where(entry => entry.Value == subjectId).Select(entry => entry.Key).ToList())
            {
                _subjectByEmail.Remove(email);
            }

            return erased;
        }
    }

    /// <summary>Files the record under the subject its email identifies (§2.2.1), opening a new file for a new subject.</summary>
    [ProcessingPurpose("identification")]
    private Guid Attach([Pii(Kind = PiiKind.Email)] string email, Action<SubjectFile> add)
    {
        lock (_gate)
        {
            if (!_subjectByEmail.TryGetValue(email, out var subjectId))
            {
                subjectId = Guid.NewGuid();
                _subjectByEmail.Add(email, subjectId);
                _files.Add(subjectId, new SubjectFile(subjectId));
            }

            add(_files[subjectId]);
            return subjectId;
        }
    }
}
