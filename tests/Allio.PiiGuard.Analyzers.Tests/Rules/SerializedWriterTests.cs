using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII002 through writers and document objects: the tainted writer or DOM is what is serialized.</summary>
public sealed class SerializedWriterTests
{
    [Fact]
    public Task Json_dom_built_from_personal_data_is_serialized() => Verify.VerifyAsync(SerializationModel.With("""
        using System.Text.Json.Nodes;
        class Service
        {
            string Inline(Applicant applicant) => new JsonObject { ["email"] = {|PII002:applicant.Email|} }.ToJsonString();

            string Built(Applicant applicant)
            {
                var node = new JsonObject();
                node["email"] = applicant.Email;
                return {|PII002:node|}.ToJsonString();
            }

            string Value(Applicant applicant) => JsonValue.Create({|PII002:applicant.LastName|}).ToString();
        }
        """));

    [Fact]
    public Task Json_dom_without_personal_data_is_quiet() => Verify.VerifyAsync(SerializationModel.With("""
        using System.Text.Json.Nodes;
        class Service
        {
            string Inline(Applicant applicant) => new JsonObject { ["id"] = applicant.Id, ["valid"] = applicant.Email.Contains("@") }.ToJsonString();

            string Built(Applicant applicant)
            {
                var node = new JsonObject();
                node["id"] = applicant.Id;
                return node.ToJsonString();
            }
        }
        """));

    [Fact]
    public Task Utf8_json_writer_writes_numbers_too() => Verify.VerifyAsync("""
        using System.IO;
        using System.Text.Json;
        using Allio.PiiGuard;
        public class Rider
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.Location)] public double Latitude { get; set; }
        }
        class Service
        {
            void Json(Rider rider, Utf8JsonWriter writer)
            {
                writer.WriteNumber("lat", {|PII002:rider.Latitude|});
                writer.WriteNumberValue({|PII002:rider.Latitude|});
                writer.WriteNumber("id", rider.Id);
                writer.WriteNumber("latCoarse", System.Math.Round(rider.Latitude, 1));
            }
        }
        """);

    [Fact]
    public Task Utf8_json_writer_and_xml_writer_write_their_values() => Verify.VerifyAsync(SerializationModel.With("""
        using System.IO;
        using System.Xml;
        class Service
        {
            void Json(Applicant applicant, Stream stream)
            {
                using var writer = new Utf8JsonWriter(stream);
                writer.WriteStartObject();
                writer.WriteString("email", {|PII002:applicant.Email|});
                writer.WritePropertyName("name");
                writer.WriteStringValue({|PII002:applicant.LastName|});
                writer.WriteNumber("id", applicant.Id);
                writer.WriteString("kind", "applicant");
                writer.WriteEndObject();
            }

            void Xml(Applicant applicant, XmlWriter writer)
            {
                writer.WriteElementString("email", {|PII002:applicant.Email|});
                writer.WriteStartElement("name");
                writer.WriteString({|PII002:applicant.LastName|});
                writer.WriteEndElement();
                writer.WriteElementString("id", applicant.Id.ToString());
                writer.WriteAttributeString("kind", "applicant");
            }
        }
        """));

    [Fact]
    public Task Newtonsoft_tokens_are_serialized_when_written_out() => Verify.VerifyAsync(SerializationModel.With("""
        using Newtonsoft.Json.Linq;
        class Service
        {
            string Whole(Applicant applicant) => JToken.FromObject({|PII002:applicant|}).ToString();
            string Member(Applicant applicant) => new JObject { ["email"] = {|PII002:applicant.Email|} }.ToString();
            string Clean(Applicant applicant) => new JObject { ["id"] = applicant.Id }.ToString();
            string CleanProduct(Product product) => JToken.FromObject(product).ToString();
        }

        namespace Newtonsoft.Json.Linq
        {
            public class JToken
            {
                public static JToken FromObject(object o) => new();
                public override string ToString() => "";
                public static implicit operator JToken(string value) => new JValue(value);
                public static implicit operator JToken(int value) => new JValue(value);
            }
            public class JValue : JToken
            {
                public JValue(object value) => Value = value;
                public object Value { get; }
                public override string ToString() => Value.ToString() ?? "";
            }
            public class JObject : JToken, System.Collections.IEnumerable
            {
                public JToken this[string name] { get => new(); set { } }
                public System.Collections.IEnumerator GetEnumerator() => null!;
            }
        }
        """));
}
