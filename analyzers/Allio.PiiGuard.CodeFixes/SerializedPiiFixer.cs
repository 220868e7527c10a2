using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Allio.PiiGuard.Analyzers;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Allio.PiiGuard.CodeFixes;

/// <summary>
/// PII002: serialize with PiiGuard's redacting JSON options. For a <c>System.Text.Json.JsonSerializer.Serialize*</c> call
/// without options, adds one static <c>RedactingJsonOptions</c> field to the type (options are built once: System.Text.Json
/// caches its metadata per options instance) and passes it as <c>options:</c>. Offered only when the compilation has
/// <c>Allio.PiiGuard.PiiJson</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SerializedPiiFixer))]
public sealed class SerializedPiiFixer : CodeFixProvider
{
    private const string Title = "Serialize with PiiGuard's redacting JSON options";
    private const string FieldName = "RedactingJsonOptions";
    private const string PiiJson = "Allio.PiiGuard.PiiJson";
    private const string OptionsType = "System.Text.Json.JsonSerializerOptions";

    private static readonly MemberDeclarationSyntax OptionsField = SyntaxFactory.ParseMemberDeclaration(
        "private static readonly global::System.Text.Json.JsonSerializerOptions " + FieldName + " = new()\n"
        + "{\n"
        + "    TypeInfoResolver = new global::System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver\n"
        + "    {\n"
        + "        Modifiers = { global::Allio.PiiGuard.PiiJson.RedactingModifier },\n"
        + "    },\n"
        + "};")!
        .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.EndOfLine("\n"));

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.SerializedPii);

    // Each fix may add the shared field: fixing one call at a time keeps a single field per type.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || model.Compilation.GetTypeByMetadataName(PiiJson) is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var argument = node as ArgumentSyntax ?? node.Parent as ArgumentSyntax;
            if (argument?.Parent?.Parent is InvocationExpressionSyntax invocation
                && invocation.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type
                && AcceptsOptions(model, invocation, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => AddOptionsAsync(context.Document, invocation, type, ct), nameof(SerializedPiiFixer)),
                    diagnostic);
            }
        }
    }

    /// <summary>A <c>JsonSerializer</c> call with an <c>options</c> parameter that no argument fills yet.</summary>
    private static bool AcceptsOptions(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method
            || !SymbolNames.Is(method.ContainingType, "System.Text.Json.JsonSerializer")
            || !method.Parameters.Any(static p => p.Name == "options" && SymbolNames.Is(p.Type, OptionsType)))
        {
            return false;
        }

        var arguments = invocation.ArgumentList.Arguments;
        return arguments.All(static a => a.NameColon is null) && arguments.Count < method.Parameters.Length
            && method.Parameters.Take(arguments.Count).All(static p => p.Name != "options");
    }

    private static async Task<Document> AddOptionsAsync(
        Document document, InvocationExpressionSyntax invocation, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var options = SyntaxFactory.Argument(SyntaxFactory.NameColon("options"), default, SyntaxFactory.IdentifierName(FieldName));
        editor.ReplaceNode(invocation.ArgumentList, invocation.ArgumentList.AddArguments(options));

        var hasField = type.Members.OfType<FieldDeclarationSyntax>()
            .Any(static f => f.Declaration.Variables.Any(static v => v.Identifier.Text == FieldName));
        if (!hasField)
        {
            editor.InsertMembers(type, 0, [OptionsField.WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation, Simplifier.AddImportsAnnotation)]);
        }

        var changed = editor.GetChangedDocument();
        var imported = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        var simplified = await Simplifier.ReduceAsync(imported, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(simplified, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
