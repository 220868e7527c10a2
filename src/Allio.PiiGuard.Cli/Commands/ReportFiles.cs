using Allio.PiiGuard.Cli.Reporting;

namespace Allio.PiiGuard.Cli.Commands;

/// <summary>Writes the requested report files and names them on the output.</summary>
public static class ReportFiles
{
    /// <summary>Checks before the work that the reports can be written without replacing a file the tool did not write.</summary>
    /// <returns>False when they cannot (the reason went to <paramref name="error"/>).</returns>
    public static async Task<bool> CanWriteAsync(ReportKind kind, ReportRequest request, TextWriter error)
    {
        try
        {
            ReportOutput.Check(kind, request.Formats, request.Directory);
            return true;
        }
        catch (ReportOverwriteException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}");
            return false;
        }
    }

    /// <summary>Writes <paramref name="document"/> in every format of <paramref name="request"/>.</summary>
    /// <returns>False when a file in the way is not one of the tool's reports (the reason went to <paramref name="error"/>).</returns>
    public static async Task<bool> WriteAsync(ReportDocument document, ReportRequest request, TextWriter output, TextWriter error)
    {
        if (request.Formats == ReportFormat.None)
        {
            return true;
        }

        try
        {
            foreach (var written in ReportOutput.Write(document, request.Formats, request.Directory))
            {
                await output.WriteLineAsync($"Wrote {written}");
            }

            return true;
        }
        catch (ReportOverwriteException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}");
            return false;
        }
    }
}
