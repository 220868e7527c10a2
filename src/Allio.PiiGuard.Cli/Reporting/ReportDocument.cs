using Allio.PiiGuard.Cli.Analysis;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>What every report writer renders: the scan, its context, nothing machine- or time-dependent unless asked.</summary>
/// <param name="ToolVersion">The tool's version (without build metadata).</param>
/// <param name="Target">What was scanned, repository-relative.</param>
/// <param name="Scan">The findings (after the baseline) and rule metadata.</param>
/// <param name="BaselineMatched">Findings left out because the baseline already had them.</param>
/// <param name="Timestamp">When the scan ran; null unless <c>--timestamp</c>, so reports are reproducible.</param>
public sealed record ReportDocument(
    string ToolVersion,
    string Target,
    ScanResult Scan,
    int BaselineMatched,
    DateTimeOffset? Timestamp);
