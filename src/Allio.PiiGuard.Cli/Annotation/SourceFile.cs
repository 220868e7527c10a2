using System.Text;

namespace Allio.PiiGuard.Cli.Annotation;

/// <summary>Writes changed source back as it was stored: same encoding and byte-order mark, same line endings.</summary>
public static class SourceFile
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="text"/> over <paramref name="path"/> when it differs from the file; new lines take the
    /// file's line ending when the file used one kind only. Returns true when the file was written.
    /// </summary>
    public static bool WriteIfChanged(string path, string text)
    {
        var bytes = File.ReadAllBytes(path);
        var encoding = EncodingOf(bytes, out var preambleLength);
        var original = encoding.GetString(bytes, preambleLength, bytes.Length - preambleLength);
        var updated = WithLineEndingsOf(original, text);
        if (string.Equals(original, updated, StringComparison.Ordinal))
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.Write(bytes.AsSpan(0, preambleLength));
        stream.Write(encoding.GetBytes(updated));
        return true;
    }

    /// <summary><paramref name="text"/> with the line ending <paramref name="original"/> uses throughout; unchanged for mixed or single-line files.</summary>
    public static string WithLineEndingsOf(string original, string text)
    {
        var crlf = CountOf(original, "\r\n");
        var lf = CountOf(original, "\n") - crlf;
        return crlf > 0 && lf == 0 ? text.ReplaceLineEndings("\r\n")
            : lf > 0 && crlf == 0 ? text.ReplaceLineEndings("\n")
            : text;
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static Encoding EncodingOf(byte[] bytes, out int preambleLength)
    {
        foreach (var encoding in (Encoding[])[Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32])
        {
            var preamble = encoding.GetPreamble();
            if (preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble))
            {
                preambleLength = preamble.Length;
                return encoding;
            }
        }

        preambleLength = 0;
        return Utf8WithoutMark;
    }
}
