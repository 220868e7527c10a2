namespace Allio.PiiGuard.EntityFrameworkCore.Audit;

/// <summary>
/// One row of the action log (§4.1.5 of the seed policy): what was done to which member of which entity, for which
/// subject and purpose, and when. Never the value: the log outlives the data it is about.
/// </summary>
public sealed class PiiActionLogEntry
{
    /// <summary>Row id, in the order rows were written.</summary>
    public long Id { get; set; }

    /// <summary>When the action happened (UTC).</summary>
    public DateTime TimestampUtc { get; set; }

    /// <summary>The <see cref="PiiAction"/>, by name (<c>Collection</c>, <c>Transfer</c>, <c>Destruction</c>, …).</summary>
    public string Action { get; set; } = "";

    /// <summary>The entity or type acted on.</summary>
    public string Entity { get; set; } = "";

    /// <summary>The personal member acted on.</summary>
    public string Member { get; set; } = "";

    /// <summary>The <see cref="PiiKind"/> of the member, by name.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The ambient purpose, or null when none was declared.</summary>
    public string? Purpose { get; set; }

    /// <summary>The subject reference (<see cref="PiiSubjectReference"/>), or null when the action named no subject.</summary>
    public string? Subject { get; set; }

    internal static PiiActionLogEntry From(in PiiAuditEvent auditEvent) => new()
    {
        TimestampUtc = auditEvent.Timestamp.UtcDateTime,
        Action = auditEvent.Action.ToString(),
        Entity = auditEvent.Type.Name,
        Member = auditEvent.Member,
        Kind = auditEvent.Kind.ToString(),
        Purpose = auditEvent.Purpose,
        Subject = auditEvent.Subject,
    };
}
