using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>PII007: personal data is put into the message of an exception.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiInExceptionAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PiiInException,
        title: "Personal data in an exception message",
        messageFormat: "Personal data {0} ({1}) is put into exception '{2}'",
        RuleCategories.Exposure,
        DiagnosticSeverity.Warning,
        description: "Exception messages end up in logs, error pages, crash reports and monitoring systems outside the data's purpose "
            + "(152-FZ art. 7 and 19, GDPR art. 5(1)(f) and 32). Put an identifier or a masked value into the message instead.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start => SinkReporter.Register(start, Rule, SinkKind.Exception));
    }
}
