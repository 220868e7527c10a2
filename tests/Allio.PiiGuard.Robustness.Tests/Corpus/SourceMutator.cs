using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Robustness.Tests.Corpus;

/// <summary>
/// Breaks a source at random but reproducibly (the caller owns the seeded <see cref="Random"/>): deletes or inserts
/// a token, truncates, swaps two members, unbalances braces, renames an identifier everywhere (often to a name the
/// rules care about), or puts garbage into attribute arguments.
/// </summary>
public static class SourceMutator
{
    private static readonly string[] Names =
    [
        "Pii", "PiiAttribute", "SensitivePii", "NotPii", "PiiSanitizer", "PiiRecipient", "ProcessingPurpose", "PiiStore",
        "ToString", "Email", "LogInformation", "ILogger", "Kind", "Purposes", "Subjects", "string", "object", "dynamic",
        "var", "value", "this", "Activity", "SetTag", "HttpClient", "Exception", "JsonSerializer", "record", "partial", "x",
    ];

    private static readonly string[] AttributeArguments =
    [
        "(Kind = , Purposes = [null, 1])", "(Purposes = [..Missing, null], Subjects = new string[] { null! })", "(", "((",
        "(Kind = (PiiKind)999, Retention = 42)", "(null)", "(\"\", \"\", \"\")", "(typeof(void))", "(Kind = PiiKind.)",
        "(Purposes = default, Subjects = [\"a\" + 1])", "()", "(nameof(Missing))", "(Kind: PiiKind.Email)",
    ];

    private static readonly string[] AttributesToInsert =
    [
        "[Pii(Kind = , Purposes = [null, 1])]", "[SensitivePii(]", "[Pii, Pii, NotPii]", "[ProcessingPurpose(null)]",
        "[PiiRecipient]", "[PiiStore(\"\")]", "[PiiSanitizer] ", "[Allio.PiiGuard.Pii(Purposes = [\"nope\"])]",
        "[Microsoft.Extensions.Logging.LoggerMessage(Message = \"{Email}\")]", "[property: Pii]", "[return: Pii]",
    ];

    private static readonly string[] Tokens =
    [
        "null", "default", "=>", "(", ")", ";", "[", "]", "..", "?", "!", "$\"", "\"", "@", "<", ">", "ref", "this",
        "new()", "await", "throw", "static", "partial", ",", ".", "::", "#if X", "#endregion", "/*", "\"\"\"", "{0}",
    ];

    public static (MutationKind Kind, string Text) Mutate(string source, Random random)
    {
        var kind = (MutationKind)random.Next(Enum.GetValues<MutationKind>().Length);
        var root = CSharpSyntaxTree.ParseText(source, CorpusParseOptions.Value).GetRoot();
        var tokens = root.DescendantTokens().Where(token => !token.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        if (tokens.Count == 0)
        {
            return (MutationKind.InsertToken, Pick(Tokens, random) + source);
        }

        var text = SourceText.From(source);
        var token = tokens[random.Next(tokens.Count)];
        var change = kind switch
        {
            MutationKind.DeleteToken => new TextChange(token.Span, string.Empty),
            MutationKind.Truncate => new TextChange(TextSpan.FromBounds(token.SpanStart, source.Length), string.Empty),
            MutationKind.AddBrace => new TextChange(new TextSpan(token.SpanStart, 0), random.Next(2) == 0 ? "{ " : "} "),
            MutationKind.RemoveBrace => RemoveBrace(tokens, random) ?? new TextChange(token.Span, string.Empty),
            MutationKind.InsertToken => new TextChange(new TextSpan(token.SpanStart, 0), Pick(Tokens, random) + " "),
            MutationKind.AttributeGarbage => AttributeGarbage(root, token, random),
            _ => (TextChange?)null,
        };
        return kind switch
        {
            MutationKind.SwapMembers => (kind, SwapMembers(root, random) ?? source[..token.SpanStart]),
            MutationKind.RenameIdentifier => (kind, Rename(source, tokens, random)),
            _ => (kind, text.WithChanges(change!.Value).ToString()),
        };
    }

    private static TextChange? RemoveBrace(List<SyntaxToken> tokens, Random random)
    {
        var braces = tokens.Where(token => token.IsKind(SyntaxKind.OpenBraceToken) || token.IsKind(SyntaxKind.CloseBraceToken)).ToList();
        return braces.Count == 0 ? null : new TextChange(braces[random.Next(braces.Count)].Span, string.Empty);
    }

    /// <summary>Garbage arguments for an existing attribute, or a broken attribute before the token.</summary>
    private static TextChange AttributeGarbage(SyntaxNode root, SyntaxToken token, Random random)
    {
        var attributes = root.DescendantNodes().OfType<AttributeSyntax>().ToList();
        if (attributes.Count > 0 && random.Next(2) == 0)
        {
            var attribute = attributes[random.Next(attributes.Count)];
            var span = attribute.ArgumentList?.Span ?? new TextSpan(attribute.Name.Span.End, 0);
            return new TextChange(span, Pick(AttributeArguments, random));
        }

        var members = root.DescendantNodes().OfType<MemberDeclarationSyntax>().ToList();
        var at = members.Count > 0 ? members[random.Next(members.Count)].SpanStart : token.SpanStart;
        return new TextChange(new TextSpan(at, 0), Pick(AttributesToInsert, random) + " ");
    }

    /// <summary>Two members of one type exchange places (with their attributes and trivia).</summary>
    private static string? SwapMembers(SyntaxNode root, Random random)
    {
        var types = root.DescendantNodes().OfType<TypeDeclarationSyntax>().Where(type => type.Members.Count >= 2).ToList();
        if (types.Count == 0)
        {
            return null;
        }

        var members = types[random.Next(types.Count)].Members;
        var first = random.Next(members.Count);
        var second = (first + 1 + random.Next(members.Count - 1)) % members.Count;
        var (earlier, later) = first < second ? (members[first], members[second]) : (members[second], members[first]);
        var source = root.ToFullString();
        return source[..earlier.FullSpan.Start]
            + later.ToFullString()
            + source[earlier.FullSpan.End..later.FullSpan.Start]
            + earlier.ToFullString()
            + source[later.FullSpan.End..];
    }

    /// <summary>Every occurrence of one identifier becomes another name: one of the vocabulary, or a fresh one.</summary>
    private static string Rename(string source, List<SyntaxToken> tokens, Random random)
    {
        var identifiers = tokens.Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText).Distinct().ToList();
        if (identifiers.Count == 0)
        {
            return source;
        }

        var from = identifiers[random.Next(identifiers.Count)];
        var to = random.Next(3) == 0 ? "Renamed" + random.Next(100) : Pick(Names, random);
        var text = SourceText.From(source);
        var changes = tokens
            .Where(token => token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == from)
            .Select(token => new TextChange(token.Span, to));
        return text.WithChanges(changes).ToString();
    }

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];
}
