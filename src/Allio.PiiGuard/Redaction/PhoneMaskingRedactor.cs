using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard;

/// <summary>
/// Masks a telephone number to its country code and last two digits, keeping the grouping as written:
/// <c>+7 921 555 12 37</c> becomes <c>+7 *** *** ** 37</c>. A value with fewer than seven digits becomes <c>***</c>.
/// </summary>
/// <remarks>
/// The country code is kept only after a leading <c>+</c>, only when it is written apart (one to three digits) and only
/// when at least five digits stay hidden.
/// Phone punctuation (space, <c>-</c>, <c>(</c>, <c>)</c>, <c>.</c>, <c>+</c>) is kept; any other character becomes
/// <c>*</c>, so a name written next to the number does not leak. The output has the number's length; a <c>:tagName</c>
/// discriminator appended by <c>EnableRedaction()</c> is dropped.
/// </remarks>
public sealed class PhoneMaskingRedactor : Redactor
{
    private const int VisibleTrailingDigits = 2;

    // However the number is written, this many of its digits are never shown.
    private const int MinimumHiddenDigits = 5;

    /// <summary>Fewer digits than this are not a number one can mask meaningfully; they are erased.</summary>
    private const int MinimumDigits = MinimumHiddenDigits + VisibleTrailingDigits;

    /// <summary>A shared instance; the redactor holds no state.</summary>
    public static PhoneMaskingRedactor Instance { get; } = new();

    /// <inheritdoc/>
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        if (input.IsEmpty)
        {
            return 0;
        }

        var value = RedactionDiscriminator.ValueOf(input);
        return CountDigits(value) < MinimumDigits ? PiiMasks.Erased.Length : value.Length;
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
        var digits = CountDigits(value);
        if (digits < MinimumDigits)
        {
            PiiMasks.Erased.AsSpan().CopyTo(destination);
            return length;
        }

        var keepLeading = CountryCodeLength(value);
        if (digits - keepLeading - VisibleTrailingDigits < MinimumHiddenDigits)
        {
            keepLeading = 0;
        }

        var seen = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsDigit(c))
            {
                seen++;
                destination[i] = seen <= keepLeading || seen > digits - VisibleTrailingDigits ? c : '*';
            }
            else
            {
                destination[i] = PiiShapes.IsPhonePunctuation(c) ? c : '*';
            }
        }

        return length;
    }

    private static int CountDigits(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsDigit(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Digits of the first group after a leading <c>+</c>, when that group is short enough to be a country code.</summary>
    private static int CountryCodeLength(ReadOnlySpan<char> value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != '+')
        {
            return 0;
        }

        var count = 0;
        foreach (var c in trimmed.Slice(1))
        {
            if (!char.IsDigit(c))
            {
                break;
            }

            count++;
        }

        return count is > 0 and <= 3 ? count : 0;
    }
}
