using System.Collections.Immutable;
using System.Threading.Tasks;
using Allio.PiiGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Allio.PiiGuard.CodeFixes;

/// <summary>PII001: masks the personal data written to a log.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PiiInLogFixer))]
public sealed class PiiInLogFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.LoggedPii);

    public override FixAllProvider GetFixAllProvider() => MaskFix.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => MaskFix.RegisterAsync(context);
}
