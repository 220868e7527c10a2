using Allio.Crm.Model;
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

    /// <summary>Everything held about the subject, or null when nothing is.</summary>
    public SubjectFile? Find(Guid subjectId)
    {
        lock (_gate)
        {
            return _files.TryGetValue(subjectId, out var file) ? file.Snapshot() : null;
        }
    }

    /// <summary>Destroys every record of the subject; returns how many there were, 0 when none.</summary>
    public int Erase(Guid subjectId)
    {
        lock (_gate)
        {
            if (!_files.Remove(subjectId, out var file))
            {
                return 0;
            }

            foreach (var email in _subjectByEmail.Where(entry => entry.Value == subjectId).Select(entry => entry.Key).ToList())
            {
                _subjectByEmail.Remove(email);
            }

            return file.RecordCount;
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
