#if NET8_0_OR_GREATER
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Options;

namespace Allio.PiiGuard;

/// <summary>
/// The redactor <c>AddPiiGuard</c> registers for <see cref="PiiTaxonomy.Personal"/>: a <see cref="PiiShapeRedactor"/>
/// whose other values are hashed with <see cref="PiiGuardOptions.HmacKey"/> when one is configured and erased otherwise.
/// </summary>
/// <remarks>
/// A type of its own because Microsoft's redactor provider maps a classification to a redactor type and lets the
/// container build it; <see cref="PiiShapeRedactor"/> takes a redactor, which the container cannot choose.
/// </remarks>
internal sealed class PersonalDataRedactor : Redactor
{
    private readonly PiiShapeRedactor _byShape;

    public PersonalDataRedactor(IOptions<PiiGuardOptions> options)
    {
        var value = options.Value;
        Redactor otherValues = string.IsNullOrEmpty(value.HmacKey)
            ? ErasingRedactor.Instance
            : new PiiHmacRedactor(value.HmacKey, value.HmacKeyId);
        _byShape = new PiiShapeRedactor(otherValues);
    }

    public override int GetRedactedLength(ReadOnlySpan<char> input) => _byShape.GetRedactedLength(input);

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination) => _byShape.Redact(source, destination);
}
#endif
