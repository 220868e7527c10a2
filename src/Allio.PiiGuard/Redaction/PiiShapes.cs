namespace Allio.PiiGuard;

/// <summary>
/// Recognises the shape of a value when its kind is unknown: Microsoft's <c>[LoggerMessage]</c> generator
/// hands every <c>[Pii]</c> parameter to one redactor, so that redactor decides by shape.
/// </summary>
public static class PiiShapes
{
    private const int MinimumPhoneDigits = 7;

    // E.164 allows at most fifteen digits.
    private const int MaximumPhoneDigits = 15;

    /// <summary>One <c>@</c> with text on both sides, a dot in the domain, no trailing dot and no space.</summary>
    public static bool LooksLikeEmail(string value) => LooksLikeEmail(value.AsSpan());

    /// <summary>One <c>@</c> with text on both sides, a dot in the domain, no trailing dot and no space.</summary>
    public static bool LooksLikeEmail(ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || value.IndexOf(' ') >= 0 || value[value.Length - 1] == '.')
        {
            return false;
        }

        return value.Slice(at + 1).IndexOf('.') > 0;
    }

    /// <summary>Seven to fifteen digits (E.164) with only phone punctuation around them.</summary>
    public static bool LooksLikePhone(string value) => LooksLikePhone(value.AsSpan());

    /// <summary>Seven to fifteen digits (E.164) with only phone punctuation around them.</summary>
    public static bool LooksLikePhone(ReadOnlySpan<char> value)
    {
        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (!IsPhonePunctuation(c))
            {
                return false;
            }
        }

        return digits is >= MinimumPhoneDigits and <= MaximumPhoneDigits;
    }

    /// <summary>The characters people write between the digits of a telephone number.</summary>
    internal static bool IsPhonePunctuation(char c) => c is '+' or ' ' or '-' or '(' or ')' or '.';
}
