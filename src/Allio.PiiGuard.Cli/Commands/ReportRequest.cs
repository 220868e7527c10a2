using System.CommandLine;
using Allio.PiiGuard.Cli.Reporting;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>Which report files to write and where, read from the command line.</summary>
public sealed record ReportRequest(ReportFormat Formats, string Directory, DateTimeOffset? Timestamp)
{
    /// <summary><c>--lang</c>: ru or en, null when not given.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Reads <c>--format</c>, <c>--out</c> and <c>--timestamp</c>; <c>all</c> (or <c>--out</c> alone) means every format in
    /// <paramref name="available"/>. Returns null and an error message for a format the command cannot write.
    /// </summary>
    public static ReportRequest? Read(ParseResult parsed, CommonOptions options, ReportFormat available, out string? error)
    {
        error = null;
        var outDirectory = parsed.GetValue(options.Out);
        if (!ReportFormats.TryParse(parsed.GetValue(options.Format) ?? [], out var formats, out var unknown))
        {
            error = $"Unknown report format '{unknown}'; use sarif, json, md, html or all.";
            return null;
        }

        if (formats == ReportFormats.All || (formats == ReportFormat.None && outDirectory is not null))
        {
            formats = available;
        }

        if ((formats & ~available) != ReportFormat.None)
        {
            error = $"This command writes {string.Join(", ", Enum.GetValues<ReportFormat>().Where(format => format != ReportFormat.None && available.HasFlag(format)))} reports, not {formats & ~available}.";
            return null;
        }

        return new ReportRequest(
            formats,
            Path.GetFullPath(outDirectory ?? CommonOptions.DefaultOutputDirectory),
            parsed.GetValue(options.Timestamp) ? DateTimeOffset.UtcNow : null)
        {
            Language = options.ReadLang(parsed),
        };
    }
}
