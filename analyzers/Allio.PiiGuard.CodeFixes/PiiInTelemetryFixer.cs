using System.Collections.Immutable;
using System.Threading.Tasks;
using Allio.PiiGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Allio.PiiGuard.CodeFixes;

/// <summary>PII013: masks the personal data written to telemetry.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PiiInTelemetryFixer))]
public sealed class PiiInTelemetryFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PiiInTelemetry);

    public override FixAllProvider GetFixAllProvider() => MaskFix.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => MaskFix.RegisterAsync(context);
}
