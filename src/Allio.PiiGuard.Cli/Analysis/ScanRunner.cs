using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Inventory;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Cli.Terminal;
using Allio.PiiGuard.Cli.Workspace;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>Analyses the projects of a loaded workspace and gathers one sorted, de-duplicated result.</summary>
public static class ScanRunner
{
    /// <summary>
    /// Compiles each selected project once, runs every PiiGuard analyzer over it (when <paramref name="runAnalyzers"/>)
    /// and collects its personal-data inventory; projects go one at a time, each analysis uses all cores.
    /// </summary>
    public static async Task<ScanResult> RunAsync(
        LoadedWorkspace loaded,
        RepositoryPaths paths,
        PiiGuardExtensions extensions,
        bool runAnalyzers,
        IScanProgress progress,
        CancellationToken cancellationToken)
    {
        var analyzer = new ProjectAnalyzer(extensions, new FindingFactory(paths));
        var collector = new CodeInventoryCollector(paths);
        var documents = loaded.Projects
            .SelectMany(project => project.Documents)
            .Select(document => document.FilePath ?? document.Name)
            .ToHashSet(StringComparer.Ordinal);
        progress.AnalysisStarted(loaded.Projects.Length, documents.Count);

        var findings = new Dictionary<(string Rule, SourceRegion Region, string Message), Finding>();
        var suppressed = new Dictionary<(string Rule, SourceRegion Region, string Message), Finding>();
        var failures = new List<string>();
        var health = new List<ProjectHealth>();
        var inventory = CodeInventory.Empty;
        foreach (var project in loaded.Projects)
        {
            try
            {
                var compilation = await ProjectCompiler.CompileAsync(project, extensions, cancellationToken, loaded.LendsVocabulary);
                inventory = inventory.Merge(collector.Collect(compilation));
                var projectPath = paths.ToRelative(project.FilePath ?? project.Name);
                var hasVocabulary = compilation.GetTypeByMetadataName(WellKnownNames.PiiAttribute) is not null;
                if (runAnalyzers)
                {
                    var result = await analyzer.AnalyzeAsync(compilation, project, cancellationToken);
                    // A multi-targeted project reports the same finding once per framework: keep one.
                    foreach (var finding in result.Findings)
                    {
                        findings.TryAdd((finding.RuleId, finding.Region, finding.Message), finding);
                    }

                    foreach (var finding in result.Suppressed)
                    {
                        suppressed.TryAdd((finding.RuleId, finding.Region, finding.Message), finding);
                    }

                    failures.AddRange(result.AnalyzerFailures);
                    health.Add(new ProjectHealth(projectPath, hasVocabulary, result.CompileErrors.Length, [.. result.CompileErrors.Take(ProjectHealth.ErrorsShown)]));
                }
                else
                {
                    health.Add(new ProjectHealth(projectPath, hasVocabulary, 0, []));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The compiler itself can fail on code it was not made for (seen with a preview feature in a buildless
                // scan): that project goes unanalysed, and the scan must not pass as if it had been.
                failures.Add($"{project.Name}: compiling or analysing this project threw {exception.GetType().Name} ({exception.Message}), so it was not analysed");
            }

            progress.ProjectAnalysed(project.Name, project.DocumentIds.Count);
        }

        var rules = RuleCatalog.Describe(extensions.Analyzers);
        var policy = await PolicySourceReader.ReadAsync(loaded.Projects, paths, cancellationToken);
        return new ScanResult(
            [.. loaded.Projects.Select(project => paths.ToRelative(project.FilePath ?? project.Name)).Distinct().Order(StringComparer.Ordinal)],
            documents.Count,
            rules,
            [.. findings.Values.Order(Finding.ReportOrder)],
            [.. failures.Distinct().Order(StringComparer.Ordinal)],
            ProcessingRecordBuilder.Build(inventory, policy, rules))
        {
            Suppressed = [.. suppressed.Values.Order(Finding.ReportOrder)],
            Health = ProjectHealth.Merge(health),
        };
    }
}
