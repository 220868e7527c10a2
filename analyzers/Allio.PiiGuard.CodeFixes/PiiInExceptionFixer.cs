using System.Collections.Immutable;
using System.Threading.Tasks;
using Allio.PiiGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Allio.PiiGuard.CodeFixes;

/// <summary>PII007: masks the personal data put into an exception message.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PiiInExceptionFixer))]
public sealed class PiiInExceptionFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PiiInException);

    public override FixAllProvider GetFixAllProvider() => MaskFix.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => MaskFix.RegisterAsync(context);
}
