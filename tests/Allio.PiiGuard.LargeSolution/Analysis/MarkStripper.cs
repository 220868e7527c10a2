using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>
/// Turns the large application into the codebase a team has before it annotates anything: no PiiGuard attributes,
/// no <c>PiiRedact.Mask(value, kind)</c> (the value is used as is), no PiiGuard imports.
/// </summary>
public sealed class MarkStripper : CSharpSyntaxRewriter
{
    public static SyntaxTree[] Strip(IEnumerable<SyntaxTree> trees) =>
        [.. trees.Select(tree => tree.WithRootAndOptions(new MarkStripper().Visit(tree.GetRoot())!, tree.Options))];

    /// <summary>The text of one source file, stripped.</summary>
    public static string Strip(string text) => new MarkStripper().Visit(CSharpSyntaxTree.ParseText(text).GetRoot())!.ToFullString();

    /// <summary>The vocabulary's attributes the application uses: personal data, purposes, recipients, stores.</summary>
    private static readonly string[] MarkWords = ["Pii", "ProcessingPurpose"];

    public override SyntaxNode? VisitAttributeList(AttributeListSyntax node) =>
        node.Attributes.Any(attribute => MarkWords.Any(word => attribute.Name.ToString().Contains(word, StringComparison.Ordinal)))
            ? null
            : base.VisitAttributeList(node);

    public override SyntaxNode? VisitUsingDirective(UsingDirectiveSyntax node) =>
        node.Name?.ToString() == "Allio.PiiGuard" ? null : base.VisitUsingDirective(node);

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node) =>
        node.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "PiiRedact" } }
        && node.ArgumentList.Arguments.Count > 0
            ? Visit(node.ArgumentList.Arguments[0].Expression)
            : base.VisitInvocationExpression(node);
}
