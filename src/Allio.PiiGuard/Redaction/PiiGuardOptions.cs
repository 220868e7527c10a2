namespace Allio.PiiGuard;

/// <summary>How <c>services.AddPiiGuard()</c> redacts personal data.</summary>
/// <remarks>Bound from configuration by <c>AddPiiGuard(IConfiguration)</c>: keys <c>HmacKey</c> and <c>HmacKeyId</c>.</remarks>
public sealed class PiiGuardOptions
{
    /// <summary>
    /// Base64 key, at least 32 bytes once decoded, for keyed hashing (HMAC-SHA256) of <c>[Pii]</c> values that are neither
    /// an email address nor a telephone number, so logs stay correlatable without the value. When null or empty those values
    /// are erased. Keep it out of source control (user secrets, a vault, an environment variable).
    /// </summary>
    public string? HmacKey { get; set; }

    /// <summary>Identifies <see cref="HmacKey"/> in hashed output (<c>7:Xb0V…=</c>), so a rotated key is recognisable.</summary>
    public int HmacKeyId { get; set; }
}
