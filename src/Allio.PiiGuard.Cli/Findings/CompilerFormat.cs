using System.Globalization;

namespace Allio.PiiGuard.Cli.Findings;

/// <summary>
/// The compiler's one-line format, <c>path(line,col): error PII001: message</c>: CI logs, editors and problem
/// matchers already understand it, and one line per finding never wraps or splits a path.
/// </summary>
public static class CompilerFormat
{
    /// <summary>One line for a place and a diagnostic.</summary>
    public static string Line(string path, int line, int column, string level, string id, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}({line},{column}): {level} {id}: {message.ReplaceLineEndings(" ")}");

    /// <summary>One line for a finding.</summary>
    public static string Line(Finding finding) =>
        Line(finding.Region.Path, finding.Region.StartLine, finding.Region.StartColumn, finding.Level.ToName(), finding.RuleId, finding.Message);
}
