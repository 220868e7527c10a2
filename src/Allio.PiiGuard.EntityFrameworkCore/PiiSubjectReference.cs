using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>
/// How the action log names a subject without holding their key: a hash of the key, so the log survives erasure
/// without keeping the email or id it was about, and the officer can still find a subject's actions by hashing the key.
/// </summary>
public static class PiiSubjectReference
{
    private const int HexLength = 32;

    /// <summary>The reference of <paramref name="subjectKey"/>: 32 hex digits of its HMAC-SHA256 (SHA-256 without a secret).</summary>
    public static string Of(object subjectKey, byte[]? secret = null)
    {
        ArgumentNullException.ThrowIfNull(subjectKey);

        // Every saved row of a subject is hashed: keys that format into a small buffer (ids, Guids, numbers) are
        // hashed without allocating anything but the result.
        Span<char> formatted = stackalloc char[64];
        if (subjectKey is ISpanFormattable spanFormattable && spanFormattable.TryFormat(formatted, out var written, default, CultureInfo.InvariantCulture))
        {
            return Of(formatted[..written], secret);
        }

        var text = subjectKey is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : subjectKey.ToString() ?? "";
        return Of(text.AsSpan(), secret);
    }

    private static string Of(ReadOnlySpan<char> text, byte[]? secret)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(text, bytes);
        Span<byte> hash = stackalloc byte[32];
        if (secret is null)
        {
            SHA256.HashData(bytes, hash);
        }
        else
        {
            HMACSHA256.HashData(secret, bytes, hash);
        }

        Span<char> hex = stackalloc char[HexLength];
        for (var i = 0; i < HexLength / 2; i++)
        {
            hex[2 * i] = HexDigit(hash[i] >> 4);
            hex[(2 * i) + 1] = HexDigit(hash[i] & 0xF);
        }

        return new string(hex);
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
