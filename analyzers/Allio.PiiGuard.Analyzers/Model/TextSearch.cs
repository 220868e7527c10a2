using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Whether a file's text contains a word, searched before its syntax is walked: reading the characters costs far less
/// than building the syntax nodes of a file that cannot hold what is looked for.
/// </summary>
internal static class TextSearch
{
    /// <summary>True when <paramref name="text"/> contains one of <paramref name="needles"/> (none longer than 32 characters).</summary>
    /// <remarks>Searched in chunks, so a large file is never copied whole into one string.</remarks>
    public static bool ContainsAny(SourceText text, ImmutableArray<string> needles)
    {
        const int Chunk = 16 * 1024;
        const int Overlap = 32;
        var buffer = new char[Chunk + Overlap];
        for (var start = 0; start < text.Length; start += Chunk)
        {
            var count = Math.Min(Chunk + Overlap, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (ContainsAny(new string(buffer, 0, count), needles))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> contains one of <paramref name="needles"/>.</summary>
    public static bool ContainsAny(string text, ImmutableArray<string> needles)
    {
        foreach (var needle in needles)
        {
            if (text.IndexOf(needle, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
