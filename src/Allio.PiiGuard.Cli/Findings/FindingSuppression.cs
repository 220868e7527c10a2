namespace Allio.PiiGuard.Cli.Findings;

/// <summary>Why a finding does not count: reviewers and auditors read suppressions, so reports keep them.</summary>
/// <param name="Kind">SARIF's word: <c>inSource</c> (<c>#pragma</c>, <c>[SuppressMessage]</c>) or <c>external</c> (a diagnostic suppressor).</param>
/// <param name="Mechanism">What suppressed it, e.g. <c>#pragma warning disable</c> or <c>[SuppressMessage]</c>.</param>
/// <param name="Justification">The justification written with it; empty when none was given.</param>
public sealed record FindingSuppression(string Kind, string Mechanism, string Justification);
