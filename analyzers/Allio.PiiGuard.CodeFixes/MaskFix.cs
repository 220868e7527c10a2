using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Allio.PiiGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Allio.PiiGuard.CodeFixes;

/// <summary>
/// The fix the flow rules share: wrap the expression where personal data enters the sink with
/// <c>PiiRedact.Mask(value, PiiKind.X)</c>, written fully qualified and simplified, adding <c>using Allio.PiiGuard;</c>.
/// </summary>
internal static class MaskFix
{
    public const string EquivalenceKey = "PiiGuard.MaskWithPiiRedact";

    private const string Title = "Mask with PiiRedact.Mask";

    /// <summary>The fix-all the rules offer: every diagnostic of the document, project or solution in one batch.</summary>
    public static FixAllProvider FixAll => WellKnownFixAllProviders.BatchFixer;

    public static async Task RegisterAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Target(root, diagnostic) is not { } target)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(SinkReporter.PiiKindProperty, out var kind);
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => WrapAsync(context.Document, target, kind, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static ExpressionSyntax? Target(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return node switch
        {
            ArgumentSyntax argument => argument.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };
    }

    private static async Task<Document> WrapAsync(Document document, ExpressionSyntax target, string? kind, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var arguments = ImmutableArray.Create(SyntaxFactory.Argument(target.WithoutTrivia()));
        if (kind is { Length: > 0 } && kind != "Unspecified")
        {
            arguments = arguments.Add(SyntaxFactory.Argument(SyntaxFactory.ParseExpression("global::Allio.PiiGuard.PiiKind." + kind)));
        }

        var masked = SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("global::Allio.PiiGuard.PiiRedact.Mask"),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
            .WithTriviaFrom(target)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var wrapped = document.WithSyntaxRoot(root.ReplaceNode(target, masked));

        // Add `using Allio.PiiGuard;` for the qualified names, then shorten them.
        var imported = await ImportAdder.AddImportsAsync(wrapped, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Simplifier.ReduceAsync(imported, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
