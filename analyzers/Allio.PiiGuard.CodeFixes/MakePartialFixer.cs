using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Allio.PiiGuard.Analyzers;
using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Allio.PiiGuard.CodeFixes;

/// <summary>
/// Fixes PII014 and the synthesized-<c>ToString</c> shape of PII008 with one edit: <c>partial</c> on the type and
/// on every containing type, so the PiiGuard generator can add its redacting <c>ToString</c> and hooks.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialFixer)), Shared]
public sealed class MakePartialFixer : CodeFixProvider
{
    private const string Key = "PiiGuard.MakePartial";

    public override ImmutableArray<string> FixableDiagnosticIds => [RuleIdentifiers.NotPartial, RuleIdentifiers.PiiInToString];

    // One pass per document: PII008 and PII014 on the same record, or two nested types, all want the same keywords.
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Applies(diagnostic) && root is not null && TypeAt(root, diagnostic) is { } type)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Make '{type.Identifier.ValueText}' partial (generated redacting ToString and hooks)",
                        token => FixAsync(context.Document, [diagnostic], token),
                        Key),
                    diagnostic);
            }
        }
    }

    private static bool Applies(Diagnostic diagnostic) =>
        diagnostic.Id == RuleIdentifiers.NotPartial
        || (diagnostic.Properties.TryGetValue(ToStringExposureAnalyzer.ShapeProperty, out var shape)
            && shape == ToStringExposureAnalyzer.SynthesizedShape);

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var done = new HashSet<TypeDeclarationSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (!Applies(diagnostic) || TypeAt(editor.OriginalRoot, diagnostic) is not { } type)
            {
                continue;
            }

            for (SyntaxNode? node = type; node is not null; node = node.Parent)
            {
                if (node is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword) && done.Add(declaration))
                {
                    editor.ReplaceNode(declaration, static (current, _) => WithPartial((TypeDeclarationSyntax)current));
                }
            }
        }

        return editor.GetChangedDocument();
    }

    private static TypeDeclarationSyntax? TypeAt(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent as TypeDeclarationSyntax;

    /// <summary>Adds <c>partial</c> last among the modifiers: the language wants it right before the type keyword.</summary>
    private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax declaration)
    {
        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (declaration.Modifiers.Count > 0)
        {
            return declaration.WithModifiers(declaration.Modifiers.Add(partial));
        }

        // No modifiers: the keyword's indentation moves to the new first token.
        var keyword = declaration.Keyword;
        return declaration
            .WithKeyword(keyword.WithLeadingTrivia())
            .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
    }
}
