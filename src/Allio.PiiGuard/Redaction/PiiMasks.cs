using System.Text;

namespace Allio.PiiGuard;

/// <summary>
/// Masks that keep just enough of a value for a person to recognise it in a log
/// (<c>a***@example.com</c>, <c>+7 *** *** ** 37</c>) and nothing a reader could use to reach the subject.
/// </summary>
public static class PiiMasks
{
    /// <summary>What every mask writes for a value it cannot shape.</summary>
    public const string Erased = "***";

    /// <summary>Keeps the first character of the local part and the domain: <c>a***@example.com</c>.</summary>
    public static string Email(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var at = value!.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return Erased;
        }

        return value[0] + Erased + value.Substring(at);
    }

    /// <summary>
    /// Keeps a leading <c>+</c> with the country code and the last two digits; every other digit becomes <c>*</c>
    /// and digits are grouped as written: <c>+7 (921) 555-12-37</c> becomes <c>+7 (***) ***-**-37</c>.
    /// </summary>
    public static string Phone(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var digits = 0;
        foreach (var c in value!)
        {
            digits += char.IsDigit(c) ? 1 : 0;
        }

        if (digits < 5)
        {
            return Erased;
        }

        var keepLeading = value.TrimStart().StartsWith("+", StringComparison.Ordinal) ? LeadingCountryCodeLength(value) : 0;
        var builder = new StringBuilder(value.Length);
        var seen = 0;
        foreach (var c in value)
        {
            if (!char.IsDigit(c))
            {
                builder.Append(c);
                continue;
            }

            seen++;
            builder.Append(seen <= keepLeading || seen > digits - 2 ? c : '*');
        }

        return builder.ToString();
    }

    /// <summary>Digits of the country code after a leading <c>+</c>: those before the first separator, at most three.</summary>
    private static int LeadingCountryCodeLength(string value)
    {
        var count = 0;
        var started = false;
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                started = true;
                count++;
            }
            else if (started)
            {
                break;
            }
        }

        return count is > 0 and <= 3 ? count : 0;
    }
}
