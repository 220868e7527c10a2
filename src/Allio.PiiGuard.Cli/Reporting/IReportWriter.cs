namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>Renders a report in one format. Pure: the same document gives the same text.</summary>
public interface IReportWriter
{
    /// <summary>The format this writer produces.</summary>
    ReportFormat Format { get; }

    /// <summary>The file name inside the <c>--out</c> directory.</summary>
    string FileName { get; }

    /// <summary>The whole file's text.</summary>
    string Render(ReportDocument report);
}
