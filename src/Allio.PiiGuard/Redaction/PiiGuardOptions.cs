namespace Allio.PiiGuard;

/// <summary>How <c>services.AddPiiGuard()</c> redacts personal data.</summary>
public sealed class PiiGuardOptions
{
    /// <summary>
    /// Key for keyed hashing (HMAC-SHA256) of identifiers, so logs stay correlatable without the value.
    /// When null, identifiers are erased.
    /// </summary>
    public string? HmacKey { get; set; }

    /// <summary>Identifies <see cref="HmacKey"/> in hashed output, so a rotated key is recognisable.</summary>
    public int HmacKeyId { get; set; }
}
