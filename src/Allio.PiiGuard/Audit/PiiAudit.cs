namespace Allio.PiiGuard;

/// <summary>
/// The process-wide audit entry point the generated hooks call. With no <see cref="Sink"/> a hook
/// costs one read of a volatile static field and one branch.
/// </summary>
public static class PiiAudit
{
    private static volatile IPiiAuditSink? sink;
    private static readonly AsyncLocal<string?> AmbientPurpose = new();

    /// <summary>Where events go; null (the default) turns auditing off.</summary>
    public static IPiiAuditSink? Sink
    {
        get => sink;
        set => sink = value;
    }

    /// <summary>The purpose declared by the innermost <see cref="BeginPurpose"/> scope of this async flow.</summary>
    public static string? CurrentPurpose => AmbientPurpose.Value;

    /// <summary>
    /// Declares why the code in the scope processes personal data; events record it.
    /// <c>using (PiiAudit.BeginPurpose("support")) { … }</c>. Flows across awaits.
    /// </summary>
    public static PiiPurposeScope BeginPurpose(string purpose)
    {
        var previous = AmbientPurpose.Value;
        AmbientPurpose.Value = purpose;
        return new PiiPurposeScope(previous);
    }

    /// <summary>Records an action when a sink is set. Generated code reads <see cref="Sink"/> first and calls <see cref="Report(IPiiAuditSink, PiiAction, Type, string, PiiKind)"/>.</summary>
    public static void Report(PiiAction action, Type type, string member, PiiKind kind)
    {
        if (sink is { } current)
        {
            Report(current, action, type, member, kind);
        }
    }

    /// <summary>Records an action to a sink already read (the generated hooks' slow path).</summary>
    public static void Report(IPiiAuditSink sink, PiiAction action, Type type, string member, PiiKind kind)
        => sink.Record(new PiiAuditEvent(action, type, member, kind, AmbientPurpose.Value, DateTimeOffset.UtcNow));

    internal static void RestorePurpose(string? purpose) => AmbientPurpose.Value = purpose;
}
