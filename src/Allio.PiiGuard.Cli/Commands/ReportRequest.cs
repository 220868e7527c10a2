using System.CommandLine;
using Allio.PiiGuard.Cli.Reporting;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>Which report files to write and where, read from the command line.</summary>
public sealed record ReportRequest(ReportFormat Formats, string Directory, DateTimeOffset? Timestamp)
{
    /// <summary>Reads <c>--format</c>, <c>--out</c> and <c>--timestamp</c>; returns an error message for an unknown format.</summary>
    public static ReportRequest? Read(ParseResult parsed, CommonOptions options, out string? error)
    {
        error = null;
        var outDirectory = parsed.GetValue(options.Out);
        if (!ReportFormats.TryParse(parsed.GetValue(options.Format) ?? [], out var formats, out var unknown))
        {
            error = $"Unknown report format '{unknown}'; use sarif, json, md, html or all.";
            return null;
        }

        if (formats == ReportFormat.None && outDirectory is not null)
        {
            formats = ReportFormats.All;
        }

        return new ReportRequest(
            formats,
            Path.GetFullPath(outDirectory ?? CommonOptions.DefaultOutputDirectory),
            parsed.GetValue(options.Timestamp) ? DateTimeOffset.UtcNow : null);
    }
}
