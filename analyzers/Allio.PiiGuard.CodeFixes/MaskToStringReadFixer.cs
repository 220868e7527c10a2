using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Allio.PiiGuard.Analyzers;
using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Allio.PiiGuard.CodeFixes;

/// <summary>
/// Fixes the user-<c>ToString</c> shape of PII008: the member read becomes
/// <c>PiiRedact.Mask(member, PiiKind.X)</c>, a <c>[PiiSanitizer]</c>, so the string holds a mask instead.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MaskToStringReadFixer)), Shared]
public sealed class MaskToStringReadFixer : CodeFixProvider
{
    private const string Key = "PiiGuard.MaskToStringRead";

    public override ImmutableArray<string> FixableDiagnosticIds => [RuleIdentifiers.PiiInToString];

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Applies(diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Mask the member with PiiRedact.Mask", token => FixAsync(context.Document, [diagnostic], token), Key),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static bool Applies(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(ToStringExposureAnalyzer.ShapeProperty, out var shape) && shape == ToStringExposureAnalyzer.UserShape;

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var position = diagnostics.IsEmpty ? 0 : diagnostics[0].Location.SourceSpan.Start;
        foreach (var diagnostic in diagnostics)
        {
            if (Applies(diagnostic)
                && editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax read)
            {
                editor.ReplaceNode(read, Mask(read, diagnostic.Properties.TryGetValue(ToStringExposureAnalyzer.KindProperty, out var kind) ? kind : null));
            }
        }

        return await VocabularyImport.AddIfMissingAsync(editor.GetChangedDocument(), position, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>PiiRedact.Mask(read, PiiKind.X)</c>; without a known kind the mask decides by the value's shape.</summary>
    private static ExpressionSyntax Mask(ExpressionSyntax read, string? kind)
    {
        var arguments = SyntaxFactory.SeparatedList([SyntaxFactory.Argument(read.WithoutTrivia())]);
        if (kind is not null && kind != PiiInfo.UnspecifiedKind)
        {
            arguments = arguments.Add(SyntaxFactory.Argument(Qualified("PiiKind." + kind)));
        }

        return SyntaxFactory.InvocationExpression(Qualified("PiiRedact.Mask"), SyntaxFactory.ArgumentList(arguments))
            .WithTriviaFrom(read);
    }

    private static ExpressionSyntax Qualified(string name) =>
        SyntaxFactory.ParseExpression("global::Allio.PiiGuard." + name)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
}
