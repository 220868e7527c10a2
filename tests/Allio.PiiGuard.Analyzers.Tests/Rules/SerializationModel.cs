namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Data the serialization tests write, and stand-ins for Newtonsoft.Json and ASP.NET Core, declared under their real
/// namespaces (the rule matches them by metadata name). <c>PiiJson</c> is the runtime library's own.
/// </summary>
internal static class SerializationModel
{
    private const string Source = """

        namespace Model
        {
            using Allio.PiiGuard;

            public class Applicant
            {
                public int Id { get; set; }

                [Pii(Kind = PiiKind.LastName, Purposes = ["recruiting"])]
                public string LastName { get; set; } = "";

                [Pii(Kind = PiiKind.Email, Purposes = ["recruiting"])]
                public string Email { get; set; } = "";
            }

            public class IgnoredContact
            {
                public int Id { get; set; }

                [System.Text.Json.Serialization.JsonIgnore]
                [Pii(Kind = PiiKind.Email)]
                public string Email { get; set; } = "";

                [Newtonsoft.Json.JsonIgnore, System.Runtime.Serialization.IgnoreDataMember, System.Xml.Serialization.XmlIgnore]
                [Pii(Kind = PiiKind.Phone)]
                public string Phone { get; set; } = "";
            }

            public class PartlyIgnored
            {
                [System.Text.Json.Serialization.JsonIgnore]
                [Pii(Kind = PiiKind.Email)]
                public string Email { get; set; } = "";

                [Pii(Kind = PiiKind.Phone)]
                public string Phone { get; set; } = "";
            }

            public class Envelope
            {
                public string Kind { get; set; } = "";
                public Applicant Data { get; set; } = new();
            }

            public class Product
            {
                public string Title { get; set; } = "";
            }

            public static class Options
            {
                [PiiSanitizer]
                public static System.Text.Json.JsonSerializerOptions Redacting() => new();
            }
        }

        namespace Newtonsoft.Json
        {
            public sealed class JsonIgnoreAttribute : System.Attribute { }
            public static class JsonConvert { public static string SerializeObject(object? value) => ""; }
        }

        namespace Microsoft.AspNetCore.Http
        {
            public interface IResult { }
            public sealed class OkResult : IResult { }
            public static class Results
            {
                public static IResult Ok(object? value = null) => new OkResult();
                public static IResult Json(object? data) => new OkResult();
                public static IResult Created(string? uri, object? value) => new OkResult();
                public static IResult Accepted(string? uri = null, object? value = null) => new OkResult();
                public static IResult Conflict(object? error = null) => new OkResult();
                public static IResult Redirect(string url) => new OkResult();
                public static IResult Text(string? content = null, string? contentType = null) => new OkResult();
                public static IResult Problem(string? detail = null, string? instance = null, int? statusCode = null, string? title = null,
                    string? type = null, System.Collections.Generic.IDictionary<string, object?>? extensions = null) => new OkResult();
            }
            public static class TypedResults
            {
                public static OkResult Ok<T>(T value) => new();
                public static OkResult Created<TValue>(string? uri, TValue? value) => new();
                public static OkResult BadRequest<TValue>(TValue? error) => new();
            }
        }

        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder { }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            using Microsoft.AspNetCore.Routing;
            public static class EndpointRouteBuilderExtensions
            {
                public static void MapGet(this IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) { }
                public static void MapPost(this IEndpointRouteBuilder endpoints, string pattern, System.Delegate handler) { }
            }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            public interface IActionResult { }
            public interface IConvertToActionResult { }
            public class ObjectResult : IActionResult { public ObjectResult(object? value) { } }
            public sealed class OkObjectResult : ObjectResult { public OkObjectResult(object? value) : base(value) { } }
            public sealed class ActionResult<T> : IConvertToActionResult
            {
                public static implicit operator ActionResult<T>(T value) => new();
            }
            public sealed class NonActionAttribute : System.Attribute { }
            public abstract class ControllerBase
            {
                public OkObjectResult Ok(object? value) => new(value);
                public ObjectResult StatusCode(int statusCode, object? value) => new(value);
                public ObjectResult Created(string? uri, object? value) => new(value);
                public ObjectResult CreatedAtAction(string? actionName, object? routeValues, object? value) => new(value);
                public ObjectResult Accepted(object? value) => new(value);
                public ObjectResult BadRequest(object? error) => new(error);
                public IActionResult Redirect(string url) => new ObjectResult(null);
                public IActionResult Content(string content, string contentType) => new ObjectResult(null);
                public IActionResult ValidationProblem(ValidationProblemDetails descriptor) => new ObjectResult(descriptor);
            }
            public class ProblemDetails
            {
                public string? Title { get; set; }
                public string? Detail { get; set; }
            }
            public class ValidationProblemDetails : ProblemDetails { }
        }
        """;

    public static string With(string source) =>
        "using System;\nusing System.Text.Json;\nusing System.Text.Json.Serialization.Metadata;\nusing Allio.PiiGuard;\nusing Model;\n"
        + "using Microsoft.AspNetCore.Builder;\nusing Microsoft.AspNetCore.Http;\nusing Microsoft.AspNetCore.Mvc;\nusing Microsoft.AspNetCore.Routing;\n"
        + source + Source;

    /// <summary>A policy whose purpose <c>subject-access</c> serves data subjects their own data.</summary>
    public static string Policy(bool subjectAccess = true) => $$"""
        {
          "controller": "ALLIO LLC",
          "jurisdiction": "RU",
          "purposes": [
            { "id": "recruiting", "title": "Consider a job application (2.2.11)" },
            { "id": "subject-access", "title": "Answer an access request (5.4)", "subjectAccess": {{(subjectAccess ? "true" : "false")}} }
          ],
          "subjects": [ { "id": "applicant", "title": "Job applicant (1.1.2)" } ]
        }
        """;
}
