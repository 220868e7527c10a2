using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Rules;

/// <summary>PII012: personal data is exposed on the HTTP surface (URL, query string, route values, cookie, response header).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PiiOnHttpSurfaceAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        RuleIdentifiers.PiiOnHttpSurface,
        title: "Personal data on the HTTP surface",
        messageFormat: "Personal data {0} ({1}) is exposed through '{2}'",
        RuleCategories.Exposure,
        DiagnosticSeverity.Warning,
        description: "URLs, query strings and headers are written to proxy, server and browser logs, caches, history and Referer headers; "
            + "cookies live on the client (152-FZ art. 7 and 19, GDPR art. 5(1)(f) and 32). Send personal data in a request body over TLS, or an opaque id.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start => SinkReporter.Register(start, Rule, SinkKind.Http));
    }
}
