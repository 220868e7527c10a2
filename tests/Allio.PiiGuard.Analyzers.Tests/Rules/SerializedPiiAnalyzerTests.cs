using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class SerializedPiiAnalyzerTests
{
    private static DiagnosticResult Serialized(int location, string data, string kind, string sink) =>
        new DiagnosticResult(SerializedPiiAnalyzer.Rule).WithLocation(location).WithArguments(data, kind, sink);

    /// <summary>An access-request endpoint: the policy's subjectAccess flag on its purpose decides.</summary>
    private const string AccessEndpoint = """
        class Endpoints
        {
            [ProcessingPurpose("subject-access")]
            static IResult Export(Applicant applicant) => Results.Ok({|#0:applicant|});
        }
        """;

    // ---- positive ----

    [Fact]
    public Task System_Text_Json_whole_object_and_member() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            void Run(Applicant applicant)
            {
                JsonSerializer.Serialize({|#0:applicant|});
                JsonSerializer.SerializeToUtf8Bytes({|#1:applicant.Email|});
            }
        }
        """),
        Serialized(0, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonSerializer.Serialize"),
        Serialized(1, "'Applicant.Email'", "Email", "JsonSerializer.SerializeToUtf8Bytes"));

    [Fact]
    public Task Newtonsoft_and_collections() => Verify.VerifyAsync(SerializationModel.With("""
        using System.Collections.Generic;
        class Service
        {
            string Run(List<Applicant> applicants) => Newtonsoft.Json.JsonConvert.SerializeObject({|#0:applicants|});
        }
        """),
        Serialized(0, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonConvert.SerializeObject"));

    [Fact]
    public Task Sequences_typed_as_interfaces_and_dictionaries() => Verify.VerifyAsync(SerializationModel.With("""
        using System.Collections.Generic;
        class Service
        {
            void Run(IEnumerable<Applicant> all, IReadOnlyList<Applicant> list, Dictionary<string, Applicant> byId,
                IReadOnlyDictionary<int, Applicant[]> groups, IEnumerable<int> ids, Dictionary<Applicant, int> counts)
            {
                JsonSerializer.Serialize({|#0:all|});
                JsonSerializer.Serialize({|#1:list|});
                JsonSerializer.Serialize({|#2:byId|});
                JsonSerializer.Serialize({|#3:groups|});
                JsonSerializer.Serialize(ids);
            }
        }
        """),
        Serialized(0, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonSerializer.Serialize"),
        Serialized(1, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonSerializer.Serialize"),
        Serialized(2, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonSerializer.Serialize"),
        Serialized(3, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonSerializer.Serialize"));

    [Fact]
    public Task Projections_that_keep_personal_data() => Verify.VerifyAsync(SerializationModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        record Summary(int Id, string Contact);
        class Service
        {
            string Run(IEnumerable<Applicant> source)
            {
                var kept = source.Where(applicant => applicant.Id > 0).ToList();
                var wrapped = source.Select(applicant => new Envelope { Data = applicant }).ToList();
                var copied = source.Select(applicant => new Summary(applicant.Id, applicant.Email)).ToList();
                var text = new Summary(0, JsonSerializer.Serialize({|#3:source.First()|}));
                JsonSerializer.Serialize({|#0:kept|});
                JsonSerializer.Serialize({|#1:wrapped|});
                JsonSerializer.Serialize({|#4:text|});
                return JsonSerializer.Serialize({|#2:copied|});
            }
        }
        """),
        Serialized(0, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonSerializer.Serialize"),
        Serialized(1, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonSerializer.Serialize"),
        Serialized(2, "'Applicant.Email'", "Email", "JsonSerializer.Serialize"),
        Serialized(3, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonSerializer.Serialize"),
        Serialized(4, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonSerializer.Serialize"));

    [Fact]
    public Task A_data_contract_writes_only_its_data_members_for_the_serializers_that_honour_it() => Verify.VerifyAsync(SerializationModel.With("""
        using System.Runtime.Serialization;

        [DataContract]
        public class ApplicantSummary
        {
            [DataMember] public int Id { get; set; }
            public Applicant? Applicant { get; set; }
        }

        [DataContract]
        public class ApplicantCard
        {
            [DataMember] public Applicant? Applicant { get; set; }
        }

        class Service
        {
            void Run(ApplicantSummary summary, ApplicantCard card, System.IO.Stream stream)
            {
                new DataContractSerializer(typeof(ApplicantSummary)).WriteObject(stream, summary);
                new System.Runtime.Serialization.Json.DataContractJsonSerializer(typeof(ApplicantSummary)).WriteObject(stream, summary);
                Newtonsoft.Json.JsonConvert.SerializeObject(summary);
                new DataContractSerializer(typeof(ApplicantCard)).WriteObject(stream, {|PII002:card|});
                Newtonsoft.Json.JsonConvert.SerializeObject({|PII002:card|});
                new System.Xml.Serialization.XmlSerializer(typeof(ApplicantSummary)).Serialize(stream, {|PII002:summary|});
                System.Text.Json.JsonSerializer.Serialize({|PII002:summary|});
            }
        }
        """));

    [Fact]
    public Task Xml_and_data_contract_serializers() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            void Run(Applicant applicant, System.IO.Stream stream)
            {
                new System.Xml.Serialization.XmlSerializer(typeof(Applicant)).Serialize(stream, {|PII002:applicant|});
                new System.Runtime.Serialization.DataContractSerializer(typeof(Applicant)).WriteObject(stream, {|PII002:applicant|});
                new System.Runtime.Serialization.Json.DataContractJsonSerializer(typeof(Applicant)).WriteObject(stream, {|PII002:applicant|});
            }
        }
        """));

    [Fact]
    public Task Nested_member_graph_and_partly_ignored_members() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            void Run(Envelope envelope, PartlyIgnored contact)
            {
                JsonSerializer.Serialize({|#0:envelope|});
                JsonSerializer.Serialize({|#1:contact|});
            }
        }
        """),
        Serialized(0, "'Applicant.LastName' in whole 'Envelope'", "LastName", "JsonSerializer.Serialize"),
        Serialized(1, "'PartlyIgnored.Phone' in whole 'PartlyIgnored'", "Phone", "JsonSerializer.Serialize"));

    [Fact]
    public Task Aspnet_results_and_anonymous_objects() => Verify.VerifyAsync(SerializationModel.With("""
        class Endpoints
        {
            IResult One(Applicant applicant) => Results.Ok({|#0:applicant|});
            IResult Two(Applicant applicant) => Results.Json(new { applicant.Id, {|#1:applicant.Email|} });
            OkResult Three(Applicant applicant) => TypedResults.Ok({|#2:applicant|});
        }
        """),
        Serialized(0, "'Applicant.LastName' in whole 'Applicant'", "LastName", "Results.Ok"),
        Serialized(1, "'Applicant.Email'", "Email", "Results.Json"),
        Serialized(2, "'Applicant.LastName' in whole 'Applicant'", "LastName", "TypedResults.Ok"));

    [Fact]
    public Task Minimal_api_lambda_returning_the_entity() => Verify.VerifyAsync(SerializationModel.With("""
        class Program
        {
            static void Map(IEndpointRouteBuilder app, Applicant stored)
            {
                app.MapGet("/applicants/1", () => {|#0:stored|});
                app.MapPost("/applicants", (Applicant applicant) => { return {|#1:applicant|}; });
            }
        }
        """),
        Serialized(0, "'Applicant.LastName' in whole 'Applicant'", "LastName", "endpoint MapGet response"),
        Serialized(1, "'Applicant.LastName' in whole 'Applicant'", "LastName", "endpoint MapPost response"));

    [Fact]
    public Task Controller_actions_returning_entities_and_action_results() => Verify.VerifyAsync(SerializationModel.With("""
        public class ApplicantsController : ControllerBase
        {
            public Applicant Get(Applicant applicant) => {|#0:applicant|};
            public ActionResult<Applicant> Find(Applicant applicant) => {|#1:applicant|};
            public IActionResult Show(Applicant applicant) => Ok({|#2:applicant|});
            public IActionResult Wrap(Applicant applicant) => new ObjectResult({|#3:applicant|});
        }
        """),
        Serialized(0, "'Applicant.LastName' in whole 'Applicant'", "LastName", "controller action Get response"),
        Serialized(1, "'Applicant.LastName' in whole 'Applicant'", "LastName", "controller action Find response"),
        Serialized(2, "'Applicant.LastName' in whole 'Applicant'", "LastName", "Controller.Ok"),
        Serialized(3, "'Applicant.LastName' in whole 'Applicant'", "LastName", "new ObjectResult"));

    [Fact]
    public Task Subject_access_endpoint_warns_when_the_policy_does_not_mark_its_purpose() => Verify.VerifyAsync(
        SerializationModel.With(AccessEndpoint),
        SerializationModel.Policy(subjectAccess: false),
        Serialized(0, "'Applicant.LastName' in whole 'Applicant'", "LastName", "Results.Ok"));

    [Fact]
    public Task Object_typed_value_uses_the_input_type() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            string Run(object applicant) => JsonSerializer.Serialize({|#0:applicant|}, typeof(Applicant));
        }
        """),
        Serialized(0, "'Applicant.LastName' in whole 'Applicant'", "LastName", "JsonSerializer.Serialize"));

    [Fact]
    public Task Default_options_do_not_redact() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
            string Run(Applicant applicant) => JsonSerializer.Serialize({|PII002:applicant|}, Web);
        }
        """));

    // ---- negative ----

    [Fact]
    public Task Subject_access_endpoint_is_quiet_when_the_policy_marks_its_purpose() => Verify.VerifyAsync(
        SerializationModel.With(AccessEndpoint),
        SerializationModel.Policy(subjectAccess: true));

    /// <summary>
    /// System.Text.Json skips only its own <c>[JsonIgnore]</c>, Newtonsoft.Json only its own and <c>[IgnoreDataMember]</c>;
    /// XML and ASP.NET Core results (whose formatter may be either) honour every serializer's.
    /// </summary>
    [Fact]
    public Task Each_serializer_skips_the_members_it_ignores() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            void Run(IgnoredContact contact, System.IO.Stream stream)
            {
                JsonSerializer.Serialize({|#0:contact|});
                Newtonsoft.Json.JsonConvert.SerializeObject({|#1:contact|});
                new System.Xml.Serialization.XmlSerializer(typeof(IgnoredContact)).Serialize(stream, contact);
                Results.Ok(contact);
            }
        }
        """),
        Serialized(0, "'IgnoredContact.Phone' in whole 'IgnoredContact'", "Phone", "JsonSerializer.Serialize"),
        Serialized(1, "'IgnoredContact.Email' in whole 'IgnoredContact'", "Email", "JsonConvert.SerializeObject"));

    [Fact]
    public Task Redacting_modifier_in_a_local_options_object() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            string Run(Applicant applicant)
            {
                var options = new JsonSerializerOptions
                {
                    TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { PiiJson.RedactingModifier } },
                };
                return JsonSerializer.Serialize(applicant, options);
            }
        }
        """));

    [Fact]
    public Task Redacting_modifier_added_after_creation_and_in_a_field() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            static readonly JsonSerializerOptions Redacted = new()
            {
                TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(PiiJson.RedactingModifier),
            };

            void Run(Applicant applicant)
            {
                JsonSerializer.Serialize(applicant, Redacted);
                var options = new JsonSerializerOptions();
                options.TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(PiiJson.RedactingModifier);
                JsonSerializer.Serialize(applicant, options);
            }
        }
        """));

    [Fact]
    public Task Sanitizer_helper_returning_options() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            string Run(Applicant applicant) => JsonSerializer.Serialize(applicant, Options.Redacting());
        }
        """));

    [Fact]
    public Task Values_without_personal_data() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            void Run(Applicant applicant, Product product, IEndpointRouteBuilder app)
            {
                JsonSerializer.Serialize(product);
                JsonSerializer.Serialize(new { applicant.Id, applicant.Email.Length });
                Results.Ok(product);
                app.MapGet("/products", () => product);
            }
        }
        """));

    [Fact]
    public Task Projections_to_types_without_personal_members() => Verify.VerifyAsync(SerializationModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        record Summary(int Id, string Masked);
        record Page(IReadOnlyList<Summary> Items, int Total);
        class Service
        {
            static Summary ToSummary(Applicant applicant) => new(applicant.Id, "***");

            string Run(IEnumerable<Applicant> source)
            {
                var ordered = source.OrderBy(applicant => applicant.Id).ToList();
                var items = ordered.Take(10).Select(ToSummary).ToList();
                var page = new Page(items, ordered.Count);
                JsonSerializer.Serialize(items);
                return JsonSerializer.Serialize(page);
            }
        }
        """));

    [Fact]
    public Task Non_actions_and_non_handlers_return_freely() => Verify.VerifyAsync(SerializationModel.With("""
        public class ApplicantsController : ControllerBase
        {
            [NonAction]
            public Applicant Load(Applicant applicant) => applicant;
            private Applicant Copy(Applicant applicant) => applicant;
            public static Applicant Static(Applicant applicant) => applicant;
        }

        class Helper
        {
            System.Func<Applicant, Applicant> Identity => a => a;
            Applicant Same(Applicant applicant) => applicant;
        }
        """));

    [Fact]
    public Task Subject_access_code_may_serialize_an_export() => Verify.VerifyAsync(SerializationModel.With("""
        [ProcessingPurpose("subject-access")]
        class Exporter
        {
            string Export(Applicant applicant) => JsonSerializer.Serialize(applicant);
        }
        """),
        SerializationModel.Policy());
}
