using Allio.PiiGuard.Cli.Terminal;

namespace Allio.PiiGuard.Cli.Tests.Fixtures;

/// <summary>Progress nobody watches, for tests that load or scan without a console.</summary>
public sealed class NoProgress : IScanProgress
{
    public static readonly NoProgress Instance = new();

    public void RestoreStarted(int fileCount)
    {
    }

    public void ProjectLoaded(string projectName)
    {
    }

    public void AnalysisStarted(int projectCount, int documentCount)
    {
    }

    public void ProjectAnalysed(string projectName, int documentCount)
    {
    }
}
