namespace Allio.PiiGuard.Cli.Commands;

/// <summary>What the process exit code tells a CI job (docs/cli.md lists them).</summary>
public static class ExitCodes
{
    /// <summary>The scan ran and found nothing at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>
    /// Findings reach <c>--fail-on</c> (a PII009 policy problem always counts as an error); for <c>inventory</c>, the
    /// policy is missing or broken (unless <c>--force</c>).
    /// </summary>
    public const int FindingsFound = 1;

    /// <summary>
    /// Bad command line: unknown option, a path that does not exist, a file that is no solution or project, a
    /// baseline that is no PiiGuard SARIF, or a report would replace a file the tool did not write.
    /// </summary>
    public const int InvalidInput = 2;

    /// <summary>MSBuild could not load a project (its reason is printed), or there was no C# project to analyse.</summary>
    public const int LoadFailed = 3;

    /// <summary>An analyzer, or the compiler on a project, threw: the scan is incomplete, so it must not pass silently.</summary>
    public const int AnalyzerFailed = 4;

    /// <summary>
    /// A scanned project has compiler errors (code that does not bind can hide a leak), unless
    /// <c>--allow-compile-errors</c>; findings are still reported.
    /// </summary>
    public const int CompileErrors = 5;

    /// <summary>
    /// No scanned project references the PiiGuard vocabulary: the rules had nothing to check. Never with
    /// <c>--infer</c> or <c>--buildless</c>, which lend the tool's own (<see cref="Analysis.ShippedVocabulary"/>).
    /// </summary>
    public const int RulesOff = 6;

    /// <summary><c>init</c> found a <c>piiguard.json</c> next to the project and left it alone.</summary>
    public const int PolicyExists = 7;
}
