using Allio.PiiGuard.EntityFrameworkCore;

namespace Allio.Crm.Endpoints;

/// <summary>
/// The answer to a withdrawal of consent (§5.3): how many records were destroyed and, per service, which members.
/// Names only: the values are gone, and echoing them would disclose them once more.
/// </summary>
public sealed record WithdrawalAnswer(Guid SubjectId, int RecordCount, IReadOnlyList<PiiEntityErasure> Erased);
