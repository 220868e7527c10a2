using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.Generators.Emission;

/// <summary>Writes indented C# lines; braces open and close blocks.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new();
    private int depth;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', depth * 4).Append(text);
        }

        builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        depth++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        depth--;
        return Line("}" + suffix);
    }

    public override string ToString() => builder.ToString();

    /// <summary>A C# string literal.</summary>
    public static string Literal(string? text) => text is null ? "null" : SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>An identifier, escaped with <c>@</c> when it is a keyword.</summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
