using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>PII013: personal data is written to telemetry (activity tags, baggage, events, metric tags).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiInTelemetryAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PiiInTelemetry,
        title: "Personal data in telemetry",
        messageFormat: "Personal data {0} ({1}) is written to telemetry through '{2}'",
        RuleCategories.Exposure,
        DiagnosticSeverity.Warning,
        description: "Trace tags, baggage and metric tags are exported to third-party backends, propagated to other services and kept for long "
            + "(152-FZ art. 7 and 19, GDPR art. 5(1)(f) and 32). Tag with an opaque id or a masked value; never tag metrics with personal data.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start => SinkReporter.Register(start, Rule, SinkKind.Telemetry));
    }
}
