namespace Allio.PiiGuard;

/// <summary>
/// Recognises the shape of a value when its kind is unknown: Microsoft's <c>[LoggerMessage]</c> generator
/// hands every <c>[Pii]</c> parameter to one redactor, so that redactor decides by shape.
/// </summary>
public static class PiiShapes
{
    /// <summary>One <c>@</c> with text on both sides and a dot in the domain.</summary>
    public static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1 && !value.EndsWith(".", StringComparison.Ordinal)
            && value.IndexOf(' ') < 0;
    }

    /// <summary>Seven to fifteen digits (E.164) with only phone punctuation around them.</summary>
    public static bool LooksLikePhone(string value)
    {
        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is not ('+' or ' ' or '-' or '(' or ')' or '.'))
            {
                return false;
            }
        }

        return digits is >= 7 and <= 15;
    }
}
