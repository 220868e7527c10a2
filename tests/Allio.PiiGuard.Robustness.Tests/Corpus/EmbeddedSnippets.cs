using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Robustness.Tests.Corpus;

/// <summary>
/// The C# written inside string literals of test files (the sources analyzer tests verify): every literal,
/// raw or not, interpolated or not, whose content parses as C# declaring a type. Test markup is removed.
/// </summary>
internal static partial class EmbeddedSnippets
{
    private const string InterpolationStandIn = "Placeholder";

    public static IEnumerable<string> Of(string testFileText)
    {
        var root = CSharpSyntaxTree.ParseText(testFileText, CorpusParseOptions.Value).GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            var content = node switch
            {
                LiteralExpressionSyntax literal when literal.Token.IsKind(SyntaxKind.StringLiteralToken)
                    || literal.Token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
                    || literal.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) => literal.Token.ValueText,
                InterpolatedStringExpressionSyntax interpolated => Flatten(interpolated),
                _ => null,
            };
            if (content is not null && DeclaresType(content))
            {
                yield return Markup().Replace(content, string.Empty);
            }
        }
    }

    private static string Flatten(InterpolatedStringExpressionSyntax interpolated)
    {
        var text = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            text.Append(content is InterpolatedStringTextSyntax literal ? literal.TextToken.ValueText : InterpolationStandIn);
        }

        return text.ToString();
    }

    private static bool DeclaresType(string content) =>
        content.Length > 10
        && CSharpSyntaxTree.ParseText(content, CorpusParseOptions.Value).GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Any();

    /// <summary>Diagnostic markup of Microsoft.CodeAnalysis.Testing: <c>{|PII001:</c>, <c>{|#0:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>.</summary>
    [GeneratedRegex(@"\{\|[^:|{}]*:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();
}
