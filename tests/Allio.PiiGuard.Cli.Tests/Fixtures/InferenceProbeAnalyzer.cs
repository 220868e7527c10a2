using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Cli.Tests.Fixtures;

/// <summary>
/// A test rule that does what an inference-aware rule does with the option the CLI hands over: when the analyzers see
/// <c>build_property.PiiGuardInference = names</c>, every property named <c>Email</c> is reported as an inferred source.
/// Only the CLI's plumbing is under test here; the analyzers' own inference is tested with them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InferenceProbeAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "PIIT02";

    private static readonly DiagnosticDescriptor Rule = new(
        Id, "Test: inferred source", "'{0}' is personal data by its name", "PiiGuard.Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.PiiGuardInference", out var mode) && mode == "names")
            {
                start.RegisterSymbolAction(
                    symbol =>
                    {
                        if (symbol.Symbol.Name == "Email")
                        {
                            symbol.ReportDiagnostic(Diagnostic.Create(
                                Rule, symbol.Symbol.Locations[0], ImmutableDictionary<string, string?>.Empty.Add("inferred", "true"), symbol.Symbol.Name));
                        }
                    },
                    SymbolKind.Property);
            }
        });
    }
}
