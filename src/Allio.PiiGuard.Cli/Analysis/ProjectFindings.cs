using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Findings;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>What analysing one project produced.</summary>
/// <param name="Findings">PiiGuard diagnostics that survived suppressions and severity settings.</param>
/// <param name="Suppressed">PiiGuard diagnostics the code suppressed, with how and why.</param>
/// <param name="CompileErrors">The compiler's errors (<c>path(line,col): error CSxxxx: message</c>): code that does not bind can hide leaks.</param>
/// <param name="AnalyzerFailures">Messages of analyzers that threw (AD0001): the analysis of this project is incomplete.</param>
public sealed record ProjectFindings(
    ImmutableArray<Finding> Findings,
    ImmutableArray<Finding> Suppressed,
    ImmutableArray<string> CompileErrors,
    ImmutableArray<string> AnalyzerFailures);
