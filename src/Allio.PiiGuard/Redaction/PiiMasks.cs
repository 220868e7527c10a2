namespace Allio.PiiGuard;

/// <summary>
/// Masks that keep just enough of a value for a person to recognise it in a log
/// (<c>a***@example.com</c>, <c>+7 *** *** ** 37</c>) and nothing a reader could use to reach the subject.
/// </summary>
/// <remarks>String forms of <see cref="EmailMaskingRedactor"/> and <see cref="PhoneMaskingRedactor"/>.</remarks>
public static class PiiMasks
{
    /// <summary>What every mask writes for a value it cannot shape.</summary>
    public const string Erased = "***";

    /// <summary>Keeps the first character of the local part and the domain: <c>a***@example.com</c>.</summary>
    /// <param name="value">An email address.</param>
    /// <returns>The masked address, <see cref="Erased"/> when it has no local part or domain, empty for null or empty.</returns>
    [PiiSanitizer]
    public static string Email(string? value) => EmailMaskingRedactor.Instance.Redact(value);

    /// <summary>
    /// Keeps a leading <c>+</c> with the country code and the last two digits; every other digit becomes <c>*</c>
    /// and digits are grouped as written: <c>+7 (921) 555-12-37</c> becomes <c>+7 (***) ***-**-37</c>.
    /// </summary>
    /// <param name="value">A telephone number.</param>
    /// <returns>The masked number, <see cref="Erased"/> when it has fewer than seven digits, empty for null or empty.</returns>
    [PiiSanitizer]
    public static string Phone(string? value) => PhoneMaskingRedactor.Instance.Redact(value);
}
