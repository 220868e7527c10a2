using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII002 through helpers of the compilation that serialize their parameter, in the caller's file or another.</summary>
public sealed class SerializerWrapperTests
{
    private const string JsonHelpers = """
        using System.Text.Json;

        public static class JsonHelpers
        {
            private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
            public static string ToJson<T>(this T value) => JsonSerializer.Serialize(value, Web);
            public static string Describe<T>(this T value) => typeof(T).Name;
        }

        public sealed class Box<T>
        {
            public Box(T payload, string type) { Payload = payload; Type = type; }
            public T Payload { get; }
            public string Type { get; }
        }
        """;

    [Fact]
    public Task Helper_in_another_file_serializing_its_parameter_is_a_sink()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(SerializationModel.With("""
            class Service
            {
                void Run(Applicant a, Product p)
                {
                    var whole = {|#0:a|}.ToJson();
                    var boxed = new Box<Applicant>({|#1:a|}, "applicant.updated").ToJson();
                    var picked = new { a.Id, {|#2:a.Email|} }.ToJson();
                    var plain = new { a.Id, p.Title }.ToJson();
                    var product = p.ToJson();
                    var boxedProduct = new Box<Product>(p, "product").ToJson();
                    var name = a.Describe();
                }
            }
            """));
        test.TestState.Sources.Add(JsonHelpers);
        foreach (var (location, data) in new[] { (0, "'Applicant.LastName' in whole 'Applicant'"), (1, "'Applicant.LastName' in whole 'Applicant'"), (2, "'Applicant.Email'") })
        {
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer.Rule).WithLocation(location)
                .WithArguments(data, data.Contains("Email") ? "Email" : "LastName", "JsonSerializer.Serialize' through 'JsonHelpers.ToJson"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Helper_in_the_same_file_serializing_its_parameter_is_a_sink() => Verify.VerifyAsync(SerializationModel.With("""
        using System.Text.Json;

        static class Outbox
        {
            public static string Write(object message) => JsonSerializer.Serialize(message);
            public static string WriteKind(object message) => message.GetType().Name;
        }

        class Service
        {
            void Run(Applicant a, Product p)
            {
                Outbox.Write({|PII002:a|});
                Outbox.Write(p);
                Outbox.WriteKind(a);
            }
        }
        """));

    [Fact]
    public Task Helpers_reaching_a_serializer_only_by_name_are_followed()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(SerializationModel.With("""
            class ApplicantsController : ControllerBase
            {
                [NonAction] public IActionResult Show(Applicant a) => Respond({|PII002:a|});
                [NonAction] public IActionResult Wrap(Applicant a) => Envelopes.Wrap({|PII002:a|});
                [NonAction] public IResult Send(Applicant a) => Envelopes.Send({|PII002:a|});
                [NonAction] public string Audit(Applicant a) => Trail.Record({|PII002:a|});
                [NonAction] public string Count(Applicant a) => Trail.Describe(a);
                private IActionResult Respond(object value) => Ok(value);
            }
            """));
        test.TestState.Sources.Add("""
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            static class Envelopes
            {
                public static IActionResult Wrap(object value) => new OkObjectResult(value);
                public static IResult Send(object value) => Results.Ok(value);
            }

            static class Trail
            {
                public static string Record(object entry) => Outbox.Write(entry);
                public static string Describe(object entry) => Outbox.Kind(entry);
            }

            static class Outbox
            {
                public static string Write(object message) => System.Text.Json.JsonSerializer.Serialize(message);
                public static string Kind(object message) => message.GetType().Name;
            }
            """);
        return test.RunAsync();
    }
}
