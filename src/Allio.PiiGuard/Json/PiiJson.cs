#if NET8_0_OR_GREATER
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard;

/// <summary>
/// System.Text.Json support: a <see cref="JsonTypeInfo"/> modifier that writes personal members redacted,
/// driven by the generated descriptors (<see cref="PiiTypeRegistry"/>), so it needs no reflection and is AOT-safe.
/// </summary>
/// <example><code>
/// var options = new JsonSerializerOptions
/// {
///     TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { PiiJson.RedactingModifier } },
/// };
/// // or, with a source-generated context:
/// TypeInfoResolver = MyJsonContext.Default.WithAddedModifier(PiiJson.RedactingModifier),
/// </code></example>
public static class PiiJson
{
    /// <summary>Writes every personal member as its marker, <c>"[redacted:Email]"</c>.</summary>
    public static Action<JsonTypeInfo> RedactingModifier { get; } = CreateRedactingModifier(null);

    /// <summary>Writes every personal member redacted by <paramref name="redactorProvider"/>'s redactor for its classification (markers when null).</summary>
    public static Action<JsonTypeInfo> CreateRedactingModifier(IRedactorProvider? redactorProvider)
        => typeInfo => Redact(typeInfo, redactorProvider);

    private static void Redact(JsonTypeInfo typeInfo, IRedactorProvider? redactorProvider)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var descriptor = PiiTypeRegistry.Find(typeInfo.Type);
        if (descriptor is null)
        {
            // Fail closed: a type with generated hooks but no registered descriptor (a generic or private
            // nested type) would otherwise be written raw.
            if (typeof(IPiiRedactable).IsAssignableFrom(typeInfo.Type))
            {
                throw new InvalidOperationException(
                    $"'{typeInfo.Type}' holds personal data but its descriptor is not registered; call PiiTypeRegistry.Register(<type>.PiiDescriptor) before serializing it.");
            }

            return;
        }

        var namingPolicy = typeInfo.Options.PropertyNamingPolicy;
        foreach (var property in typeInfo.Properties)
        {
            if (FindMember(descriptor, property.Name, namingPolicy) is { } member)
            {
                property.CustomConverter = member.CreateRedactingConverter(redactorProvider);
            }
        }
    }

    private static PiiMemberDescriptor? FindMember(PiiTypeDescriptor descriptor, string jsonName, System.Text.Json.JsonNamingPolicy? namingPolicy)
    {
        foreach (var member in descriptor.Members)
        {
            var expected = member.JsonName ?? namingPolicy?.ConvertName(member.Name) ?? member.Name;
            if (string.Equals(expected, jsonName, StringComparison.Ordinal))
            {
                return member;
            }
        }

        return null;
    }
}
#endif
