using System.Text;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>Escaping for Markdown, so code-like messages do not turn into markup or break tables.</summary>
public static class MarkdownText
{
    /// <summary>Escapes characters Markdown (and the HTML it allows) would interpret, and keeps a table cell on one line.</summary>
    public static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            switch (character)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#':
                    builder.Append('\\').Append(character);
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(character);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A fence longer than any backtick run in <paramref name="code"/>, so the block cannot be closed early.</summary>
    public static string Fence(string code)
    {
        int longest = 0, run = 0;
        foreach (var character in code)
        {
            run = character == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('`', Math.Max(3, longest + 1));
    }
}
