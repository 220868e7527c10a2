using System.Collections.Immutable;
using System.Globalization;
using Allio.PiiGuard.Cli.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Cli.Analysis;

/// <summary>Runs the PiiGuard analyzers over one project's compilation exactly as the compiler would for a build.</summary>
public sealed class ProjectAnalyzer(PiiGuardExtensions extensions, FindingFactory findingFactory)
{
    /// <summary>
    /// Runs every analyzer with the project's own additional files (<c>piiguard.json</c>) and <c>.editorconfig</c>
    /// options, and collects the compiler's errors from the same binding. Suppressed diagnostics are kept apart with
    /// their justification; disabled ones are left out, as the compiler leaves them out of a build.
    /// </summary>
    public async Task<ProjectFindings> AnalyzeAsync(Compilation compilation, Project project, CancellationToken cancellationToken)
    {
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var diagnostics = extensions.Analyzers.IsEmpty
            ? compilation.GetDiagnostics(cancellationToken)
            : await compilation.WithAnalyzers(extensions.Analyzers, options).GetAllDiagnosticsAsync(cancellationToken);
        var ruleIds = extensions.Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);

        var findings = ImmutableArray.CreateBuilder<Finding>();
        var suppressed = ImmutableArray.CreateBuilder<Finding>();
        var compileErrors = ImmutableArray.CreateBuilder<string>();
        var failures = ImmutableArray.CreateBuilder<string>();
        foreach (var diagnostic in diagnostics)
        {
            if (IsAnalyzerFailure(diagnostic))
            {
                failures.Add($"{project.Name}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
            }
            else if (!ruleIds.Contains(diagnostic.Id))
            {
                // A warning made an error (TreatWarningsAsErrors) still binds: only real errors hide code from the rules.
                if (diagnostic.Severity == DiagnosticSeverity.Error && !diagnostic.IsWarningAsError && !diagnostic.IsSuppressed)
                {
                    compileErrors.Add(findingFactory.CompilerLine(diagnostic, project));
                }
            }
            else if (diagnostic.IsSuppressed)
            {
                suppressed.Add(findingFactory.Create(diagnostic, project) with { Suppression = SuppressionOf(diagnostic, compilation) });
            }
            else if (diagnostic.Severity != DiagnosticSeverity.Hidden)
            {
                // 'none'/'silent' in .editorconfig make a diagnostic hidden: the project chose not to see it.
                findings.Add(findingFactory.Create(diagnostic, project));
            }
        }

        return new ProjectFindings(findings.ToImmutable(), suppressed.ToImmutable(), compileErrors.ToImmutable(), failures.ToImmutable());
    }

    /// <summary>How the code suppressed <paramref name="diagnostic"/>: an attribute (with its justification), a suppressor, or a pragma.</summary>
    private static FindingSuppression SuppressionOf(Diagnostic diagnostic, Compilation compilation)
    {
        var info = diagnostic.GetSuppressionInfo(compilation);
        if (info?.Attribute is { } attribute)
        {
            var justification = attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "Justification").Value.Value as string;
            var name = attribute.AttributeClass?.Name ?? "SuppressMessage";
            return new FindingSuppression("inSource", $"[{(name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name)}]", justification ?? "");
        }

        if (info?.ProgrammaticSuppressions is { Length: > 0 } programmatic)
        {
            var suppression = programmatic[0];
            return new FindingSuppression(
                "external",
                $"suppressor {suppression.Descriptor.Id}",
                suppression.Descriptor.Justification.ToString(CultureInfo.InvariantCulture));
        }

        return new FindingSuppression("inSource", "#pragma warning disable", "");
    }

    /// <summary>AD0001 and friends: the driver's report that an analyzer threw.</summary>
    private static bool IsAnalyzerFailure(Diagnostic diagnostic) =>
        diagnostic.Id.StartsWith("AD", StringComparison.Ordinal);
}
