namespace Allio.PiiGuard;

/// <summary>
/// Redacts one value where no <c>IRedactorProvider</c> is at hand (an exception message, a telemetry tag).
/// The analyzers' code fixes insert calls to it; its results are no longer personal data.
/// </summary>
public static class PiiRedact
{
    /// <summary>
    /// The value in a form safe to write anywhere: emails and phones masked, everything else erased.
    /// </summary>
    /// <param name="value">The personal data.</param>
    /// <param name="kind">What it is; <see cref="PiiKind.Unspecified"/> decides by the value's shape.</param>
    [PiiSanitizer]
    public static string Mask(object? value, PiiKind kind = PiiKind.Unspecified)
    {
        var text = value?.ToString();
        return kind switch
        {
            PiiKind.Email => PiiMasks.Email(text),
            PiiKind.Phone => PiiMasks.Phone(text),
            PiiKind.Unspecified or PiiKind.Other => ByShape(text),
            _ => string.IsNullOrEmpty(text) ? string.Empty : PiiMasks.Erased,
        };
    }

    private static string ByShape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (PiiShapes.LooksLikeEmail(text!))
        {
            return PiiMasks.Email(text);
        }

        return PiiShapes.LooksLikePhone(text!) ? PiiMasks.Phone(text) : PiiMasks.Erased;
    }
}
