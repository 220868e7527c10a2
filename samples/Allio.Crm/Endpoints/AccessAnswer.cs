using Allio.Crm.SubjectRights;

namespace Allio.Crm.Endpoints;

/// <summary>The answer to an access request (§5.4): the subject's own data in clear, record by record, as the hooks export it.</summary>
public sealed record AccessAnswer(Guid SubjectId, int RecordCount, IReadOnlyList<ExportedRecord> Records);
