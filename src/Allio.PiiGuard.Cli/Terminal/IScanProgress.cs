namespace Allio.PiiGuard.Cli.Terminal;

/// <summary>What a scan tells the person waiting for it.</summary>
public interface IScanProgress
{
    /// <summary><c>dotnet restore</c> of the target's files began.</summary>
    void RestoreStarted(int fileCount);

    /// <summary>MSBuild finished evaluating one project (once per target framework).</summary>
    void ProjectLoaded(string projectName);

    /// <summary>The number of projects to analyse and the documents they hold are known.</summary>
    void AnalysisStarted(int projectCount, int documentCount);

    /// <summary>One project's documents went through every analyzer.</summary>
    void ProjectAnalysed(string projectName, int documentCount);
}
