namespace Allio.Crm.Endpoints;

/// <summary>
/// The answer to a submission: only the subject id, which the subject uses for access (§5.4) and
/// withdrawal (§5.3). Echoing the submitted data back would expose it again for no purpose.
/// </summary>
public sealed record SubjectReceipt(Guid SubjectId);
