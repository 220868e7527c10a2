using Allio.Crm.Model;

namespace Allio.Crm.Storage;

/// <summary>
/// Everything ALLIO holds about one data subject, across the services they used. It is what consent
/// withdrawal destroys (§5.3) and what an access request returns (§5.4).
/// </summary>
public sealed class SubjectFile(Guid subjectId)
{
    /// <summary>Server-assigned subject id; not personal data on its own.</summary>
    public Guid SubjectId { get; } = subjectId;

    public List<Visitor> Inquiries { get; } = [];

    public List<Applicant> Applications { get; } = [];

    public List<EventRegistration> EventRegistrations { get; } = [];

    public List<ServiceDeskClient> ServiceDeskAccounts { get; } = [];

    public List<SoftwareRegistration> SoftwareRegistrations { get; } = [];

    public int RecordCount =>
        Inquiries.Count + Applications.Count + EventRegistrations.Count + ServiceDeskAccounts.Count + SoftwareRegistrations.Count;

    /// <summary>Every record of the subject, service by service, as the subject's rights see them.</summary>
    public IReadOnlyList<IPersonalRecord> Records() =>
        [.. Inquiries, .. Applications, .. EventRegistrations, .. ServiceDeskAccounts, .. SoftwareRegistrations];
}
