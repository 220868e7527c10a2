namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>Report files the tool can write.</summary>
[Flags]
public enum ReportFormat
{
    /// <summary>No report file, console only.</summary>
    None = 0,

    /// <summary><c>piiguard-report.sarif</c>: SARIF 2.1.0 for code-scanning tools.</summary>
    Sarif = 1,

    /// <summary><c>piiguard-report.json</c>: the tool's own schema (docs/cli.md).</summary>
    Json = 2,

    /// <summary><c>piiguard-report.md</c>: for pull-request comments and wikis.</summary>
    Markdown = 4,

    /// <summary><c>piiguard-report.html</c>: one self-contained page for reviewers.</summary>
    Html = 8,
}

/// <summary>Reads <c>--format</c> values: comma-separated and/or repeated.</summary>
public static class ReportFormats
{
    /// <summary>Every format, used when <c>--out</c> is given without <c>--format</c>.</summary>
    public const ReportFormat All = ReportFormat.Sarif | ReportFormat.Json | ReportFormat.Markdown | ReportFormat.Html;

    /// <summary>Parses the values, or returns the first unknown word.</summary>
    public static bool TryParse(IEnumerable<string> values, out ReportFormat formats, out string? unknown)
    {
        formats = ReportFormat.None;
        unknown = null;
        foreach (var word in values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var format = word.ToLowerInvariant() switch
            {
                "sarif" => ReportFormat.Sarif,
                "json" => ReportFormat.Json,
                "md" or "markdown" => ReportFormat.Markdown,
                "html" => ReportFormat.Html,
                "all" => All,
                _ => ReportFormat.None,
            };
            if (format == ReportFormat.None)
            {
                unknown = word;
                return false;
            }

            formats |= format;
        }

        return true;
    }
}
