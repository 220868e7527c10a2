using Allio.PiiGuard.Cli.Analysis;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>What every report writer renders: the scan, its context, nothing machine- or time-dependent unless asked.</summary>
/// <param name="Kind">A scan report (findings and record) or an inventory report (record only).</param>
/// <param name="ToolVersion">The tool's version (without build metadata).</param>
/// <param name="Target">What was scanned, repository-relative.</param>
/// <param name="Scan">The findings (after the baseline), rule metadata and the record of processing.</param>
/// <param name="BaselineMatched">Findings left out because the baseline already had them.</param>
/// <param name="Timestamp">When the scan ran; null unless <c>--timestamp</c>, so reports are reproducible.</param>
public sealed record ReportDocument(
    ReportKind Kind,
    string ToolVersion,
    string Target,
    ScanResult Scan,
    int BaselineMatched,
    DateTimeOffset? Timestamp)
{
    /// <summary><c>--lang</c> (ru or en), null when not given: English reports with the 152-FZ notification in Russian (see <see cref="ReportText"/>).</summary>
    public string? Language { get; init; }

    /// <summary>True when the analyzers ran, so findings and rules belong in the report.</summary>
    public bool HasFindings => Kind == ReportKind.Scan;

    /// <summary>
    /// The report's file name for an extension: <c>piiguard-report.json</c>, or <c>piiguard-inventory.json</c>. Never
    /// <c>piiguard.json</c>, the policy file's name: a report must not be mistaken for the input it describes.
    /// </summary>
    public string FileName(string extension) => FileNameFor(Kind, extension);

    /// <summary>The file name a report of <paramref name="kind"/> gets for an extension.</summary>
    public static string FileNameFor(ReportKind kind, string extension) =>
        (kind == ReportKind.Scan ? "piiguard-report." : "piiguard-inventory.") + extension;
}

/// <summary>Which command produced a report.</summary>
public enum ReportKind
{
    /// <summary><c>piiguard scan</c>: findings, rules and the record of processing.</summary>
    Scan,

    /// <summary><c>piiguard inventory</c>: the record of processing only (no analyzer ran).</summary>
    Inventory,
}
