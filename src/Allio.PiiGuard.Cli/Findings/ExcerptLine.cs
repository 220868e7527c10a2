namespace Allio.PiiGuard.Cli.Findings;

/// <summary>One line of source shown around a finding.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Text">The line as written, without its line break.</param>
/// <param name="IsFindingLine">True for the lines the finding spans.</param>
public sealed record ExcerptLine(int Number, string Text, bool IsFindingLine);
