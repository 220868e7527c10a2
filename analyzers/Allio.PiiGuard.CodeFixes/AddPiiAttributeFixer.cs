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
using Microsoft.CodeAnalysis.Simplification;

namespace Allio.PiiGuard.CodeFixes;

/// <summary>
/// Fixes PII006 by answering the question it asks: <c>[Pii(Kind = PiiKind.X)]</c> (it is personal data;
/// <c>[SensitivePii]</c> or <c>[BiometricPii]</c> for the special categories) or
/// <c>[NotPii]</c> (it is not); on a getter method, on its return value (<c>[return: Pii(Kind = PiiKind.X)]</c>).
/// Names are written fully qualified and simplified afterwards, which adds <c>using Allio.PiiGuard;</c> only when the
/// namespace is not imported yet.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPiiAttributeFixer)), Shared]
public sealed class AddPiiAttributeFixer : CodeFixProvider
{
    private const string PiiKey = "PiiGuard.AddPii";
    private const string NotPiiKey = "PiiGuard.AddNotPii";

    public override ImmutableArray<string> FixableDiagnosticIds => [RuleIdentifiers.UnmarkedPii];

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) =>
            await FixAsync(document, diagnostics, context.CodeActionEquivalenceKey == NotPiiKey, context.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Mark as personal data ([{Mark(diagnostic)}])",
                    token => FixAsync(context.Document, [diagnostic], notPii: false, token),
                    PiiKey),
                diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Mark as not personal data ([NotPii])",
                    token => FixAsync(context.Document, [diagnostic], notPii: true, token),
                    NotPiiKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, bool notPii, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var position = diagnostics.IsEmpty ? 0 : diagnostics[0].Location.SourceSpan.Start;
        foreach (var diagnostic in diagnostics)
        {
            if (Declaration(editor.OriginalRoot, diagnostic) is not { } declaration)
            {
                continue;
            }

            var mark = notPii ? NotPiiAttribute() : PiiAttribute(diagnostic);
            if (declaration is MethodDeclarationSyntax)
            {
                // A getter method holds the data in its return value: [return: Pii(Kind = …)].
                editor.AddReturnAttribute(declaration, mark);
            }
            else
            {
                editor.AddAttribute(declaration, mark);
            }
        }

        return await VocabularyImport.AddIfMissingAsync(editor.GetChangedDocument(), position, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The property, field, parameter or getter method declaration the diagnostic sits on.</summary>
    private static SyntaxNode? Declaration(SyntaxNode root, Diagnostic diagnostic)
    {
        for (var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case PropertyDeclarationSyntax or ParameterSyntax or FieldDeclarationSyntax or MethodDeclarationSyntax:
                    return node;
                case VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field }:
                    return field;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static string KindOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(UnmarkedPiiAnalyzer.KindProperty, out var kind) && kind is not null ? kind : "Other";

    private static bool IsSensitive(Diagnostic diagnostic) => diagnostic.Properties.ContainsKey(UnmarkedPiiAnalyzer.SensitiveProperty);

    /// <summary>The attribute for the kind: special categories get their stricter one; [BiometricPii] states its kind by itself.</summary>
    private static (string Attribute, string? Kind) MarkOf(Diagnostic diagnostic) =>
        KindOf(diagnostic) is "Biometric" ? ("BiometricPii", null)
        : IsSensitive(diagnostic) ? ("SensitivePii", KindOf(diagnostic))
        : ("Pii", KindOf(diagnostic));

    /// <summary>The mark as the user will read it.</summary>
    private static string Mark(Diagnostic diagnostic) => MarkOf(diagnostic) switch
    {
        (var attribute, null) => attribute,
        var (attribute, kind) => $"{attribute}(Kind = PiiKind.{kind})",
    };

    private static AttributeSyntax PiiAttribute(Diagnostic diagnostic)
    {
        var (attribute, kind) = MarkOf(diagnostic);
        var name = SyntaxFactory.ParseName($"global::Allio.PiiGuard.{attribute}Attribute");
        return Annotate(kind is null
            ? SyntaxFactory.Attribute(name)
            : SyntaxFactory.Attribute(name, SyntaxFactory.ParseAttributeArgumentList($"(Kind = global::Allio.PiiGuard.PiiKind.{kind})")));
    }

    private static AttributeSyntax NotPiiAttribute() =>
        Annotate(SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::Allio.PiiGuard.NotPiiAttribute")));

    private static AttributeSyntax Annotate(AttributeSyntax attribute) =>
        attribute.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
}
