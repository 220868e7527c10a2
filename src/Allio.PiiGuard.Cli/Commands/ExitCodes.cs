namespace Allio.PiiGuard.Cli.Commands;

/// <summary>What the process exit code tells a CI job.</summary>
public static class ExitCodes
{
    /// <summary>The scan ran and found nothing at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>Findings reach <c>--fail-on</c> (a PII009 policy problem always counts as an error).</summary>
    public const int FindingsFound = 1;

    /// <summary>Bad command line: unknown option, a path that does not exist, a file that is no solution or project.</summary>
    public const int InvalidInput = 2;

    /// <summary>MSBuild could not load a project (its reason is printed), or there was no C# project to analyse.</summary>
    public const int LoadFailed = 3;

    /// <summary>An analyzer threw: the scan is incomplete, so it must not pass silently.</summary>
    public const int AnalyzerFailed = 4;

    /// <summary><c>init</c> found a <c>piiguard.json</c> next to the project and left it alone.</summary>
    public const int PolicyExists = 6;
}
