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
        using var hash = Hasher(secret);
        return Of(subjectKey, hash);
    }

    /// <summary>
    /// A hash to name many subjects with <see cref="Of(object, IncrementalHash)"/>: a save names every changed row's
    /// subject, and one reused hash costs a fraction of a new one per row.
    /// </summary>
    internal static IncrementalHash Hasher(byte[]? secret) =>
        secret is null ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);

    /// <summary>The reference of <paramref name="subjectKey"/> by <paramref name="hash"/>, left ready for the next key.</summary>
    internal static string Of(object subjectKey, IncrementalHash hash)
    {
        // Keys that format into a small buffer (ids, Guids, numbers) are hashed without allocating anything but the result.
        Span<char> formatted = stackalloc char[64];
        if (subjectKey is ISpanFormattable spanFormattable && spanFormattable.TryFormat(formatted, out var written, default, CultureInfo.InvariantCulture))
        {
            return Of(formatted[..written], hash);
        }

        var text = subjectKey is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : subjectKey.ToString() ?? "";
        return Of(text.AsSpan(), hash);
    }

    private static string Of(ReadOnlySpan<char> text, IncrementalHash hash)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(text, bytes);
        hash.AppendData(bytes);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);

        Span<char> hex = stackalloc char[HexLength];
        for (var i = 0; i < HexLength / 2; i++)
        {
            hex[2 * i] = HexDigit(digest[i] >> 4);
            hex[(2 * i) + 1] = HexDigit(digest[i] & 0xF);
        }

        return new string(hex);
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
