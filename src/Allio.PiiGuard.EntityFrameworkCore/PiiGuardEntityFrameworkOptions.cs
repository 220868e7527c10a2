namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>Settings of PiiGuard for one <c>DbContext</c>; given to <c>optionsBuilder.UsePiiGuard(…)</c>.</summary>
public sealed class PiiGuardEntityFrameworkOptions
{
    /// <summary>Where actions are reported; null (the default) means the process-wide <see cref="PiiAudit.Sink"/>.</summary>
    public IPiiAuditSink? AuditSink { get; set; }

    /// <summary>The clock of audit timestamps and retention; tests give a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The secret the subject references of the action log are keyed with (HMAC-SHA256). Without one they are plain
    /// SHA-256 hashes, which is enough for random subject ids but lets anyone who guesses a key (an email) confirm it:
    /// set a secret when subject keys are personal data.
    /// </summary>
    public byte[]? SubjectReferenceKey { get; set; }

    internal IPiiAuditSink? Sink => AuditSink ?? PiiAudit.Sink;

    internal string? ReferenceOf(object? subjectKey) => subjectKey is null ? null : PiiSubjectReference.Of(subjectKey, SubjectReferenceKey);

    internal void Report(IPiiAuditSink sink, PiiAction action, PiiEntity entity, PiiMemberDescriptor member, string? subject, DateTimeOffset timestamp)
        => sink.Record(new PiiAuditEvent(action, entity.EntityType.ClrType, member.Name, member.Kind, PiiAudit.CurrentPurpose, timestamp, subject));
}
