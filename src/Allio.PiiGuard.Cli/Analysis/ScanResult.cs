using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Inventory;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>Everything a scan found, ready for the console and the report writers.</summary>
/// <param name="Projects">Analysed projects, by repository-relative path (target frameworks merged).</param>
/// <param name="DocumentCount">C# documents analysed (each file once).</param>
/// <param name="Rules">Every rule the analyzers support.</param>
/// <param name="Findings">Findings in <see cref="Finding.ReportOrder"/>, duplicates across target frameworks removed.</param>
/// <param name="AnalyzerFailures">Analyzers that threw; non-empty means the scan is incomplete.</param>
/// <param name="Record">The record of processing built from the same compilations and the policy.</param>
public sealed record ScanResult(
    ImmutableArray<string> Projects,
    int DocumentCount,
    ImmutableArray<RuleInfo> Rules,
    ImmutableArray<Finding> Findings,
    ImmutableArray<string> AnalyzerFailures,
    ProcessingRecord Record)
{
    /// <summary>Findings the code suppressed (<c>#pragma</c>, <c>[SuppressMessage]</c>), in report order; they never fail a scan.</summary>
    public ImmutableArray<Finding> Suppressed { get; init; } = [];

    /// <summary>Per project: compiler errors and whether the PiiGuard vocabulary is there for the rules to work on.</summary>
    public ImmutableArray<ProjectHealth> Health { get; init; } = [];

    /// <summary>Compiler errors over all projects.</summary>
    public int CompileErrorCount => Health.Sum(project => project.CompileErrorCount);

    /// <summary>Projects the rules cannot check: they do not reference the PiiGuard vocabulary.</summary>
    public IEnumerable<string> ProjectsWithoutVocabulary => Health.Where(project => !project.HasVocabulary).Select(project => project.Project);
}
