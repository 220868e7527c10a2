namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>Renders a report in one format. Pure: the same document gives the same text.</summary>
public interface IReportWriter
{
    /// <summary>The format this writer produces.</summary>
    ReportFormat Format { get; }

    /// <summary>The file extension, which with the report kind names the file inside the <c>--out</c> directory.</summary>
    string Extension { get; }

    /// <summary>The whole file's text.</summary>
    string Render(ReportDocument report);

    /// <summary>
    /// True when <paramref name="existingText"/> carries the mark this writer puts into every file it writes, so
    /// a file of the same name that a person or another tool wrote is never overwritten.
    /// </summary>
    bool IsOwnReport(string existingText);
}
