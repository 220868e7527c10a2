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
    /// <summary>The reference of <paramref name="subjectKey"/>: 32 hex digits of its HMAC-SHA256 (SHA-256 without a secret).</summary>
    public static string Of(object subjectKey, byte[]? secret = null)
    {
        ArgumentNullException.ThrowIfNull(subjectKey);
        var text = subjectKey is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : subjectKey.ToString() ?? "";
        var bytes = Encoding.UTF8.GetBytes(text);
        var hash = secret is null ? SHA256.HashData(bytes) : HMACSHA256.HashData(secret, bytes);
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }
}
