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

    /// <summary>
    /// Writes each requested format into <paramref name="directory"/> (created if missing); returns the paths written.
    /// Nothing is written when any target exists and is not one of the tool's own reports.
    /// </summary>
    /// <exception cref="ReportOverwriteException">A target is a directory, or a file the tool did not write.</exception>
    public static ImmutableArray<string> Write(ReportDocument report, ReportFormat formats, string directory)
    {
        var targets = Check(report.Kind, formats, directory);
        Directory.CreateDirectory(directory);
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var (writer, path) in targets)
        {
            File.WriteAllText(path, writer.Render(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(path);
        }

        return written.ToImmutable();
    }

    /// <summary>
    /// The files a report of <paramref name="kind"/> would write, checked before anything is computed, so a scan
    /// that cannot write its reports fails in a second, not after the analysis.
    /// </summary>
    /// <exception cref="ReportOverwriteException">A target is a directory, or a file the tool did not write.</exception>
    public static (IReportWriter Writer, string Path)[] Check(ReportKind kind, ReportFormat formats, string directory)
    {
        if (File.Exists(directory))
        {
            throw new ReportOverwriteException($"--out '{directory}' is a file, not a directory; nothing was written.");
        }

        var targets = Writers.Where(writer => formats.HasFlag(writer.Format))
            .Select(writer => (Writer: writer, Path: Path.Combine(directory, ReportDocument.FileNameFor(kind, writer.Extension))))
            .ToArray();
        foreach (var (writer, path) in targets)
        {
            RefuseForeign(writer, path);
        }

        return targets;
    }

    private static void RefuseForeign(IReportWriter writer, string path)
    {
        if (Directory.Exists(path))
        {
            throw new ReportOverwriteException($"'{path}' is a directory; nothing was written.");
        }

        if (File.Exists(path) && !writer.IsOwnReport(File.ReadAllText(path)))
        {
            throw new ReportOverwriteException(
                $"'{path}' exists and is not a PiiGuard report; nothing was written. Move it away or choose another --out.");
        }
    }
}

/// <summary>A report would replace a file the tool did not write; the message names it.</summary>
public sealed class ReportOverwriteException(string message) : Exception(message);
