using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Findings;

/// <summary>One diagnostic of a PiiGuard analyzer, detached from Roslyn so reports need no compilation.</summary>
/// <param name="RuleId">The rule, e.g. <c>PII001</c>.</param>
/// <param name="Level">Effective severity.</param>
/// <param name="Message">The diagnostic's message.</param>
/// <param name="Region">Where it is.</param>
/// <param name="Fingerprint">Stable identity for baselines: survives the code moving up or down (see <see cref="FindingFingerprint"/>).</param>
/// <param name="Excerpt">The finding's lines and two lines either side.</param>
/// <param name="Title">The title of the descriptor that reported it (one rule id may have several, e.g. PII009 per problem); null to use the rule's.</param>
/// <param name="Suppression">How the code suppressed it (<c>#pragma</c>, <c>[SuppressMessage]</c>, a suppressor); null when it stands.</param>
/// <param name="Inferred">The personal data was recognised by its name (<c>--infer</c>), not by a mark.</param>
public sealed record Finding(
    string RuleId,
    FindingLevel Level,
    string Message,
    SourceRegion Region,
    string Fingerprint,
    ImmutableArray<ExcerptLine> Excerpt,
    string? Title = null,
    FindingSuppression? Suppression = null,
    bool Inferred = false)
{
    /// <summary>The order every report uses: by file, position, then rule, so two scans print the same bytes.</summary>
    public static readonly IComparer<Finding> ReportOrder = Comparer<Finding>.Create(static (a, b) =>
    {
        var order = string.CompareOrdinal(a.Region.Path, b.Region.Path);
        if (order == 0) order = a.Region.StartLine.CompareTo(b.Region.StartLine);
        if (order == 0) order = a.Region.StartColumn.CompareTo(b.Region.StartColumn);
        if (order == 0) order = string.CompareOrdinal(a.RuleId, b.RuleId);
        if (order == 0) order = a.Region.EndLine.CompareTo(b.Region.EndLine);
        if (order == 0) order = a.Region.EndColumn.CompareTo(b.Region.EndColumn);
        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    });
}
