using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII002 and System.Text.Json converters of the application's: a type or a member marked <c>[JsonConverter]</c>, or a type
/// the call's options hand to a <c>JsonConverter&lt;T&gt;</c>, is written by that converter, whose own writes are checked
/// where it writes them; without such a converter, or with one for another type, the object is reported whole.
/// </summary>
public sealed class OwnConverterTests
{
    private const string Model = """
        using System;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using Allio.PiiGuard;
        public class Witness
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.FullName)] public string Name { get; set; } = "";
        }
        public sealed class WitnessConverter : JsonConverter<Witness>
        {
            public override Witness? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();
            public override void Write(Utf8JsonWriter writer, Witness value, JsonSerializerOptions options)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", value.Id);
                writer.WriteString("name", {|PII002:value.Name|});
                writer.WriteEndObject();
            }
        }
        public sealed class OtherConverter : JsonConverter<DateTime>
        {
            public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => default;
            public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) { }
        }
        [JsonConverter(typeof(MaskingConverter))]
        public class Complainant
        {
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
        }
        public sealed class MaskingConverter : JsonConverter<Complainant>
        {
            public override Complainant? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => null;
            public override void Write(Utf8JsonWriter writer, Complainant value, JsonSerializerOptions options) => writer.WriteStringValue("***");
        }
        public class Statement
        {
            public int Id { get; set; }
            [JsonConverter(typeof(MaskingStringConverter))]
            [Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = "";
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
        }
        public sealed class MaskingStringConverter : JsonConverter<string>
        {
            public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => null;
            public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue("***");
        }

        """;

    [Fact]
    public Task Types_handed_to_the_applications_converter_are_written_by_it() => Verify.VerifyAsync(Model + """
        static class Export
        {
            static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Converters = { new WitnessConverter() } };
            static readonly JsonSerializerOptions Dates = new() { Converters = { new OtherConverter() } };

            static void Run(Witness w, Complainant c, Statement s)
            {
                var built = new Complainant { Email = w.Name };
                JsonSerializer.Serialize(built);
                JsonSerializer.Serialize(new Complainant { Email = w.Name });
                JsonSerializer.Serialize(new Statement { Id = 1, Phone = w.Name });
                var text = JsonSerializer.Serialize(new Complainant { Email = w.Name });
                JsonSerializer.Serialize(text);
                var raw = JsonSerializer.Serialize(new Witness { Name = {|PII002:w.Name|} });
                JsonSerializer.Serialize({|PII002:raw|});
                JsonSerializer.Serialize(w, Options);
                var local = new JsonSerializerOptions();
                local.Converters.Add(new WitnessConverter());
                JsonSerializer.Serialize(w, local);
                JsonSerializer.Serialize(c);
                JsonSerializer.Serialize({|PII002:w|});
                JsonSerializer.Serialize({|PII002:w|}, Dates);
                JsonSerializer.Serialize({|PII002:s|});
            }
        }
        """);
}
