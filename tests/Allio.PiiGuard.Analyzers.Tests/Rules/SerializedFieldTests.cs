using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII002: System.Text.Json writes public fields only when asked to; Newtonsoft.Json always does.</summary>
public sealed class SerializedFieldTests
{
    private const string Types = """

        namespace Fields
        {
            using Allio.PiiGuard;

            public class Contact
            {
                public int Id;
                [Pii(Kind = PiiKind.Email)] public string Email = "";
            }

            public class Included
            {
                [System.Text.Json.Serialization.JsonInclude, Pii(Kind = PiiKind.Email)] public string Email = "";
            }

            [System.Text.Json.Serialization.JsonSourceGenerationOptions(IncludeFields = true)]
            public partial class WithFields : System.Text.Json.Serialization.JsonSerializerContext
            {
                public WithFields() : base(null) { }
                public static WithFields Default { get; } = new();
                public System.Text.Json.Serialization.Metadata.JsonTypeInfo<Contact> Contact => null!;
                public override System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(System.Type type) => null;
                protected override System.Text.Json.JsonSerializerOptions? GeneratedSerializerOptions => null;
            }
        }
        """;

    [Fact]
    public Task System_Text_Json_skips_public_fields_and_tuple_elements() => Verify.VerifyAsync(SerializationModel.With("""
        using Fields;
        class Service
        {
            void Run(Contact contact, Applicant applicant)
            {
                JsonSerializer.Serialize(contact);
                JsonSerializer.Serialize((applicant.Email, 1));
                JsonSerializer.Serialize(new Contact { Id = 1, Email = applicant.Email });
                var pair = (Name: applicant.LastName, applicant.Id);
                JsonSerializer.Serialize(pair);
            }
        }
        """ + Types));

    [Fact]
    public Task Fields_are_written_when_included_or_by_Newtonsoft() => Verify.VerifyAsync(SerializationModel.With("""
        using Fields;
        class Service
        {
            void Run(Contact contact, Included included, Applicant applicant)
            {
                JsonSerializer.Serialize({|PII002:included|});
                JsonSerializer.Serialize({|PII002:contact|}, new JsonSerializerOptions { IncludeFields = true });
                var options = new JsonSerializerOptions();
                options.IncludeFields = true;
                JsonSerializer.Serialize(({|PII002:applicant.Email|}, 1), options);
                JsonSerializer.Serialize({|PII002:contact|}, WithFields.Default.Contact);
                Newtonsoft.Json.JsonConvert.SerializeObject({|PII002:contact|});
                Newtonsoft.Json.JsonConvert.SerializeObject(({|PII002:applicant.Email|}, 1));
                JsonSerializer.Serialize($"{({|PII002:applicant.Email|}, 1)}");
            }
        }
        """ + Types));
}
