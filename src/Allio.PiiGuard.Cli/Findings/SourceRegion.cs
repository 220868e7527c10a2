namespace Allio.PiiGuard.Cli.Findings;

/// <summary>Where a finding is: a repository-relative path with forward slashes and a 1-based line/column range.</summary>
public sealed record SourceRegion(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn);
