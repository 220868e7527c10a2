using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard;

/// <summary>
/// Redacts a value whose kind is unknown by its shape: an email address goes to <see cref="EmailMaskingRedactor"/>,
/// a telephone number to <see cref="PhoneMaskingRedactor"/>, anything else to the redactor given for other values
/// (a keyed hash such as <see cref="PiiHmacRedactor"/>, or an erasing redactor).
/// </summary>
/// <remarks>
/// Microsoft's <c>[LoggerMessage]</c> generator builds a parameter's classification as <c>new TAttr().Classification</c>,
/// so <see cref="PiiAttribute.Kind"/> never reaches the redactor: every <c>[Pii]</c> value arrives as
/// <see cref="PiiTaxonomy.Personal"/>. Deciding by shape keeps emails and phones readable for support staff
/// while everything else stays hashed or erased. Shapes are recognised by <see cref="PiiShapes"/> on the value without the
/// <c>:tagName</c> discriminator that <c>EnableRedaction()</c> appends; the redactor for other values gets the whole input,
/// so a keyed hash differs between fields as Microsoft's discriminator intends.
/// </remarks>
public sealed class PiiShapeRedactor : Redactor
{
    private readonly Redactor _otherValues;

    /// <summary>Creates the redactor.</summary>
    /// <param name="otherValues">Redacts values that are neither an email address nor a telephone number.</param>
    public PiiShapeRedactor(Redactor otherValues)
    {
        _otherValues = otherValues ?? throw new ArgumentNullException(nameof(otherValues));
    }

    /// <inheritdoc/>
    public override int GetRedactedLength(ReadOnlySpan<char> input) => RedactorFor(input).GetRedactedLength(input);

    /// <inheritdoc/>
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination) => RedactorFor(source).Redact(source, destination);

    private Redactor RedactorFor(ReadOnlySpan<char> input)
    {
        var value = RedactionDiscriminator.ValueOf(input);
        if (PiiShapes.LooksLikeEmail(value))
        {
            return EmailMaskingRedactor.Instance;
        }

        return PiiShapes.LooksLikePhone(value) ? PhoneMaskingRedactor.Instance : _otherValues;
    }
}
