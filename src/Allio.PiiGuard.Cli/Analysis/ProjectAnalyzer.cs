using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>Runs the PiiGuard analyzers over one project's compilation exactly as the compiler would for a build.</summary>
public sealed class ProjectAnalyzer(PiiGuardExtensions extensions, FindingFactory findingFactory)
{
    /// <summary>
    /// Runs every analyzer with the project's own additional files (<c>piiguard.json</c>) and <c>.editorconfig</c>
    /// options; suppressed and disabled diagnostics are left out, as the compiler leaves them out of a build.
    /// </summary>
    public async Task<ProjectFindings> AnalyzeAsync(Compilation compilation, Project project, CancellationToken cancellationToken)
    {
        if (extensions.Analyzers.IsEmpty)
        {
            return new ProjectFindings([], []);
        }

        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(extensions.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);

        var findings = ImmutableArray.CreateBuilder<Finding>();
        var failures = ImmutableArray.CreateBuilder<string>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsSuppressed || diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                // #pragma, [SuppressMessage], a suppressor, or 'none'/'silent' in .editorconfig.
                continue;
            }

            if (IsAnalyzerFailure(diagnostic))
            {
                failures.Add($"{project.Name}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
                continue;
            }

            findings.Add(findingFactory.Create(diagnostic, project));
        }

        return new ProjectFindings(findings.ToImmutable(), failures.ToImmutable());
    }

    /// <summary>AD0001 and friends: the driver's report that an analyzer threw.</summary>
    private static bool IsAnalyzerFailure(Diagnostic diagnostic) =>
        diagnostic.Id.StartsWith("AD", StringComparison.Ordinal);
}
