using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard;

/// <summary>
/// Replaces a value with its keyed hash, HMAC-SHA256 over the value's UTF-8 bytes in base64, prefixed with the
/// key id: <c>7:Xb0V…=</c>. Equal values give equal hashes under one key, so logs stay correlatable
/// without holding the value; the key id tells which key to rotate or to look up.
/// </summary>
/// <remarks>
/// Unlike Microsoft's <c>HmacRedactor</c>, which is internal and configured once per service provider, this
/// redactor is public and takes its key directly, so it can be composed (see <see cref="PiiShapeRedactor"/>).
/// An empty value stays empty.
/// </remarks>
public sealed class PiiHmacRedactor : Redactor
{
    /// <summary>The shortest key accepted, in bytes: the output size of SHA-256.</summary>
    public const int MinimumKeyBytes = 32;

    private const int HashBytes = 32;

    // Base64 of 32 bytes with padding.
    private const int HashChars = 44;

    private const int StackBytesLimit = 256;

    private readonly byte[] _key;
    private readonly string _prefix;

    /// <summary>Creates the redactor.</summary>
    /// <param name="base64Key">The secret key in base64, at least <see cref="MinimumKeyBytes"/> bytes once decoded.</param>
    /// <param name="keyId">Identifies the key in every output, so values hashed under different keys are not compared.</param>
    /// <exception cref="ArgumentException"><paramref name="base64Key"/> is not base64 or is too short.</exception>
    public PiiHmacRedactor(string base64Key, int keyId)
    {
        if (!TryDecodeKey(base64Key, out var key))
        {
            throw new ArgumentException(
                $"The HMAC key must be base64 of at least {MinimumKeyBytes} bytes (for example the output of 'openssl rand -base64 32').",
                nameof(base64Key));
        }

        _key = key;
        _prefix = keyId.ToString(CultureInfo.InvariantCulture) + ":";
    }

    /// <inheritdoc/>
    public override int GetRedactedLength(ReadOnlySpan<char> input) => input.IsEmpty ? 0 : _prefix.Length + HashChars;

    /// <inheritdoc/>
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = GetRedactedLength(source);
        RedactionBuffer.EnsureFits(destination, length);
        if (length == 0)
        {
            return 0;
        }

        _prefix.AsSpan().CopyTo(destination);
        WriteHash(source, destination.Slice(_prefix.Length, HashChars));
        return length;
    }

    /// <summary>Decodes a base64 key and checks its length; false for anything that is not a usable key.</summary>
    internal static bool TryDecodeKey(string? base64Key, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64Key))
        {
            return false;
        }

        try
        {
            key = Convert.FromBase64String(base64Key);
        }
        catch (FormatException)
        {
            return false;
        }

        return key.Length >= MinimumKeyBytes;
    }

#if NET8_0_OR_GREATER
    private void WriteHash(ReadOnlySpan<char> source, Span<char> destination)
    {
        var byteCount = Encoding.UTF8.GetByteCount(source);
        var rented = byteCount > StackBytesLimit ? ArrayPool<byte>.Shared.Rent(byteCount) : null;
        Span<byte> bytes = rented is null ? stackalloc byte[StackBytesLimit] : rented;
        try
        {
            var written = Encoding.UTF8.GetBytes(source, bytes);
            Span<byte> hash = stackalloc byte[HashBytes];
            HMACSHA256.HashData(_key, bytes.Slice(0, written), hash);
            Convert.TryToBase64Chars(hash, destination, out _);
        }
        finally
        {
            // The bytes are the personal data itself: they do not go back to the pool readable.
            bytes.Clear();
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
#else
    private void WriteHash(ReadOnlySpan<char> source, Span<char> destination)
    {
        var chars = ArrayPool<char>.Shared.Rent(source.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(source.Length));
        try
        {
            source.CopyTo(chars);
            var written = Encoding.UTF8.GetBytes(chars, 0, source.Length, bytes, 0);
            using var hmac = new HMACSHA256(_key);
            var hash = hmac.ComputeHash(bytes, 0, written);
            Convert.ToBase64String(hash).AsSpan().CopyTo(destination);
        }
        finally
        {
            // The buffers hold the personal data itself: they do not go back to the pool readable.
            ArrayPool<char>.Shared.Return(chars, clearArray: true);
            ArrayPool<byte>.Shared.Return(bytes, clearArray: true);
        }
    }
#endif
}
