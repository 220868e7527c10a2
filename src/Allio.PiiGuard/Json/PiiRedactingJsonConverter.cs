#if NET8_0_OR_GREATER
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard;

/// <summary>Writes one personal member as a redacted string; reading is not supported (redaction is one-way).</summary>
internal sealed class PiiRedactingJsonConverter<T> : JsonConverter<T>
{
    private readonly string marker;
    private readonly Redactor? redactor;

    public PiiRedactingJsonConverter(PiiMemberDescriptor member, IRedactorProvider? redactorProvider)
    {
        marker = PiiRedaction.MarkerFor(member.Kind, member.Classification);
        redactor = redactorProvider?.GetRedactor(PiiRedaction.SetOf(member.Classification));
    }

    // Null is written as null (by the serializer) so a consumer still sees the member is absent.
    public override bool HandleNull => false;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("A redacted personal-data member cannot be read back.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(redactor is null ? marker : PiiRedaction.Redact(redactor, value));
}
#endif
