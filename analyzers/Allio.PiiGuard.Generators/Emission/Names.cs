namespace Allio.PiiGuard.Generators.Emission;

/// <summary>Fully qualified names generated code uses, so no user type or alias can capture them.</summary>
internal static class Names
{
    public const string StringBuilder = "global::System.Text.StringBuilder";
    public const string RedactorProvider = "global::Microsoft.Extensions.Compliance.Redaction.IRedactorProvider";
    public const string Redactable = "global::Allio.PiiGuard.IPiiRedactable";
    public const string Exportable = "global::Allio.PiiGuard.IPiiExportable";
    public const string Export = "global::Allio.PiiGuard.PiiExport";
    public const string Redaction = "global::Allio.PiiGuard.PiiRedaction";
    public const string BuilderCache = "global::Allio.PiiGuard.PiiStringBuilderCache";
    public const string SubjectRights = "global::Allio.PiiGuard.PiiSubjectRightsHooks";
    public const string StringTombstone = "global::Allio.PiiGuard.PiiErasure.StringTombstone";
    public const string Audit = "global::Allio.PiiGuard.PiiAudit";
    public const string Action = "global::Allio.PiiGuard.PiiAction";
    public const string Kind = "global::Allio.PiiGuard.PiiKind";
    public const string Taxonomy = "global::Allio.PiiGuard.PiiTaxonomy";
    public const string TypeDescriptor = "global::Allio.PiiGuard.PiiTypeDescriptor";
    public const string MemberType = "global::Allio.PiiGuard.PiiMemberType";
    public const string Registry = "global::Allio.PiiGuard.PiiTypeRegistry";
    public const string ErasedList = "global::System.Collections.Generic.IReadOnlyList<string>";
    public const string ExportEntry = "global::System.Collections.Generic.KeyValuePair<string, object?>";
    public const string ExportList = "global::System.Collections.Generic.IReadOnlyList<" + ExportEntry + ">";
    public const string NeverBrowsable = "[global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]";
}
