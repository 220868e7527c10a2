using System.Collections.Immutable;
using System.Text;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>Writes the requested report files: UTF-8 without BOM, so identical documents give identical bytes.</summary>
public static class ReportOutput
{
    private static readonly IReportWriter[] Writers =
    [
        new SarifReportWriter(),
        new JsonReportWriter(),
        new MarkdownReportWriter(),
        new HtmlReportWriter(),
    ];

    /// <summary>Writes each requested format into <paramref name="directory"/> (created if missing); returns the paths written.</summary>
    public static ImmutableArray<string> Write(ReportDocument report, ReportFormat formats, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var writer in Writers.Where(writer => formats.HasFlag(writer.Format)))
        {
            var path = Path.Combine(directory, report.FileName(writer.Extension));
            File.WriteAllText(path, writer.Render(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(path);
        }

        return written.ToImmutable();
    }
}
