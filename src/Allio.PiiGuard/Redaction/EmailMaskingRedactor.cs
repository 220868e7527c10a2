using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard;

/// <summary>
/// Masks an email address to its first character and its domain: <c>anna.petrova@example.com</c>
/// becomes <c>a***@example.com</c>. A value without a local part or a host-name domain becomes <c>***</c>.
/// </summary>
/// <remarks>
/// The mask always writes three stars, so the length of the local part is not revealed. The domain is kept only when it
/// is a host name (letters, digits, dots and hyphens), so text written after an address is not carried through.
/// A first character outside the Basic Multilingual Plane (a surrogate pair) is kept whole.
/// A <c>:tagName</c> discriminator appended by <c>EnableRedaction()</c> is dropped.
/// </remarks>
public sealed class EmailMaskingRedactor : Redactor
{
    /// <summary>A shared instance; the redactor holds no state.</summary>
    public static EmailMaskingRedactor Instance { get; } = new();

    /// <inheritdoc/>
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        if (input.IsEmpty)
        {
            return 0;
        }

        var value = RedactionDiscriminator.ValueOf(input);
        var at = value.LastIndexOf('@');
        return HasBothParts(value, at)
            ? FirstCharacterLength(value) + PiiMasks.Erased.Length + (value.Length - at)
            : PiiMasks.Erased.Length;
    }

    /// <inheritdoc/>
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = GetRedactedLength(source);
        RedactionBuffer.EnsureFits(destination, length);
        if (length == 0)
        {
            return 0;
        }

        var value = RedactionDiscriminator.ValueOf(source);
        var at = value.LastIndexOf('@');
        if (!HasBothParts(value, at))
        {
            PiiMasks.Erased.AsSpan().CopyTo(destination);
            return length;
        }

        var first = FirstCharacterLength(value);
        value.Slice(0, first).CopyTo(destination);
        PiiMasks.Erased.AsSpan().CopyTo(destination.Slice(first));
        value.Slice(at).CopyTo(destination.Slice(first + PiiMasks.Erased.Length));
        return length;
    }

    private static bool HasBothParts(ReadOnlySpan<char> value, int at) =>
        at > 0 && at < value.Length - 1 && IsHostName(value.Slice(at + 1));

    private static bool IsHostName(ReadOnlySpan<char> domain)
    {
        foreach (var c in domain)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // A lone high surrogate would make the output invalid UTF-16, so a pair is kept together.
    private static int FirstCharacterLength(ReadOnlySpan<char> value) =>
        value.Length > 1 && char.IsHighSurrogate(value[0]) && char.IsLowSurrogate(value[1]) ? 2 : 1;
}
