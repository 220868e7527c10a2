namespace Allio.PiiGuard;

/// <summary>
/// One action on one personal-data member (152-FZ §4.1.5 of the seed policy: every action is logged).
/// Holds where and why, never the value.
/// </summary>
public readonly struct PiiAuditEvent
{
    /// <summary>Creates an event.</summary>
    public PiiAuditEvent(PiiAction action, Type type, string member, PiiKind kind, string? purpose, DateTimeOffset timestamp)
        : this(action, type, member, kind, purpose, timestamp, subject: null)
    {
    }

    /// <summary>
    /// Creates an event that also names the data subject acted on, by <paramref name="subject"/>: a reference that is
    /// not personal data itself (a keyed hash of the subject key), or null.
    /// </summary>
    public PiiAuditEvent(PiiAction action, Type type, string member, PiiKind kind, string? purpose, DateTimeOffset timestamp, string? subject)
    {
        Subject = subject;
        Action = action;
        Type = type;
        Member = member;
        Kind = kind;
        Purpose = purpose;
        Timestamp = timestamp;
    }

    /// <summary>What was done.</summary>
    public PiiAction Action { get; }

    /// <summary>The type holding the member.</summary>
    public Type Type { get; }

    /// <summary>The member's name.</summary>
    public string Member { get; }

    /// <summary>The kind of personal data the member holds.</summary>
    public PiiKind Kind { get; }

    /// <summary>The ambient purpose (<see cref="PiiAudit.BeginPurpose"/>), or null when none is declared.</summary>
    public string? Purpose { get; }

    /// <summary>A pseudonymous reference to the data subject acted on, or null when the action names none.</summary>
    public string? Subject { get; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Action} {Type.Name}.{Member} ({Kind}) purpose={Purpose ?? "-"}";
}
