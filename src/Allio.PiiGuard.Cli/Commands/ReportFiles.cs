using Allio.PiiGuard.Cli.Reporting;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>Writes the requested report files and names them on the output.</summary>
public static class ReportFiles
{
    /// <summary>Writes <paramref name="document"/> in every format of <paramref name="request"/>.</summary>
    public static async Task WriteAsync(ReportDocument document, ReportRequest request, TextWriter output)
    {
        if (request.Formats == ReportFormat.None)
        {
            return;
        }

        foreach (var written in ReportOutput.Write(document, request.Formats, request.Directory))
        {
            await output.WriteLineAsync($"Wrote {written}");
        }
    }
}
