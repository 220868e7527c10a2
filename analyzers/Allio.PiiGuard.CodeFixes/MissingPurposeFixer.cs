using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Allio.PiiGuard.Analyzers;
using Allio.PiiGuard.Analyzers.PolicyAccess;
using Allio.PiiGuard.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Allio.PiiGuard.CodeFixes;

/// <summary>
/// Fixes PII010 by declaring one of the policy's purposes on the mark: one code action per purpose of
/// <c>piiguard.json</c>, each adding <c>Purposes = ["id"]</c> (or filling an empty <c>Purposes</c>).
/// Without a readable policy there is nothing to offer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingPurposeFixer)), Shared]
public sealed class MissingPurposeFixer : CodeFixProvider
{
    private const string EquivalenceKeyPrefix = "PiiGuard.DeclarePurpose.";

    public override ImmutableArray<string> FixableDiagnosticIds => [RuleIdentifiers.MissingPurpose];

    // Fix-all applies the same purpose (same equivalence key) to every mark.
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var policy = await LoadPolicyAsync(context.Document.Project, context.CancellationToken).ConfigureAwait(false);
        if (policy is null || policy.Purposes.Count == 0)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            foreach (var purpose in policy.Purposes)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Declare purpose '{purpose.Id}' ({purpose.Title})",
                        token => DeclarePurposeAsync(context.Document, diagnostic, purpose.Id, token),
                        EquivalenceKeyPrefix + purpose.Id),
                    diagnostic);
            }
        }
    }

    /// <summary>The project's policy, found and read exactly as the analyzers do; null when missing or not an object.</summary>
    private static async Task<PiiPolicy?> LoadPolicyAsync(Project project, CancellationToken cancellationToken)
    {
        var file = PolicyFileLocator.Find(project.AdditionalDocuments, d => d.FilePath ?? d.Name, project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
        if (file is null)
        {
            return null;
        }

        var text = await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return PolicyContext.Load(text).Policy;
    }

    private static async Task<Document> DeclarePurposeAsync(Document document, Diagnostic diagnostic, string purposeId, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan) is not { } node
            || node.FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
        {
            return document;
        }

        var purposes = PurposesExpression(purposeId, (CSharpParseOptions)attribute.SyntaxTree.Options);
        var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var existing = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Purposes");
        var updated = existing is not null
            ? arguments.ReplaceNode(existing, existing.WithExpression(purposes))
            : arguments.AddArguments(SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("Purposes")), nameColon: null, purposes));

        var fixedAttribute = attribute.WithArgumentList(updated.WithAdditionalAnnotations(Formatter.Annotation));
        return document.WithSyntaxRoot(root.ReplaceNode(attribute, fixedAttribute));
    }

    /// <summary><c>["id"]</c>, or <c>new[] { "id" }</c> before C# 12.</summary>
    private static ExpressionSyntax PurposesExpression(string purposeId, CSharpParseOptions options)
    {
        var literal = SymbolDisplay.FormatLiteral(purposeId, quote: true);
        return SyntaxFactory.ParseExpression(
            options.LanguageVersion >= LanguageVersion.CSharp12 ? $"[{literal}]" : $"new[] {{ {literal} }}");
    }
}
