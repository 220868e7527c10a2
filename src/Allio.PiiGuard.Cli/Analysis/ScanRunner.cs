using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Cli.Terminal;
using Allio.PiiGuard.Cli.Workspace;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>Analyses the projects of a loaded workspace and gathers one sorted, de-duplicated result.</summary>
public static class ScanRunner
{
    /// <summary>Runs every PiiGuard analyzer over every selected project, one project at a time (each uses all cores).</summary>
    public static async Task<ScanResult> RunAsync(
        LoadedWorkspace loaded,
        RepositoryPaths paths,
        PiiGuardExtensions extensions,
        IScanProgress progress,
        CancellationToken cancellationToken)
    {
        var analyzer = new ProjectAnalyzer(extensions, new FindingFactory(paths));
        var documents = loaded.Projects
            .SelectMany(project => project.Documents)
            .Select(document => document.FilePath ?? document.Name)
            .ToHashSet(StringComparer.Ordinal);
        progress.AnalysisStarted(loaded.Projects.Length, documents.Count);

        var findings = new Dictionary<(string Rule, SourceRegion Region, string Message), Finding>();
        var failures = new List<string>();
        foreach (var project in loaded.Projects)
        {
            var result = await analyzer.AnalyzeAsync(project, cancellationToken);
            // A multi-targeted project reports the same finding once per framework: keep one.
            foreach (var finding in result.Findings)
            {
                findings.TryAdd((finding.RuleId, finding.Region, finding.Message), finding);
            }

            failures.AddRange(result.AnalyzerFailures);
            progress.ProjectAnalysed(project.Name, project.DocumentIds.Count);
        }

        return new ScanResult(
            [.. loaded.Projects.Select(project => paths.ToRelative(project.FilePath ?? project.Name)).Distinct().Order(StringComparer.Ordinal)],
            documents.Count,
            RuleCatalog.Describe(extensions.Analyzers),
            [.. findings.Values.Order(Finding.ReportOrder)],
            [.. failures.Distinct().Order(StringComparer.Ordinal)],
            loaded.Warnings);
    }
}
