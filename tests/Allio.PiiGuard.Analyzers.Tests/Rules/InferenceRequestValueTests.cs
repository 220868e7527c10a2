using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Inference mode treats what a visitor sends in a request's form, query string or cookies under a key named like personal
/// data as a source (<c>Request.Form["email"]</c>, <c>Request.Query.TryGetValue("email", out var v)</c>, an action filter's
/// <c>ActionArguments</c>), what an exception's <c>Data</c> carries under such a key, and a parsed JSON document's value
/// (a webhook's <c>payload.SelectToken("data.object.customer_email")</c>, <c>node["fullName"]</c>); other
/// keys, a person's key, other collections and the same reads without inference stay quiet.
/// </summary>
public sealed class InferenceRequestValueTests
{
    private const string Source = """
        using Microsoft.Extensions.Logging;
        namespace Microsoft.AspNetCore.Http
        {
            public interface IFormCollection { string this[string key] { get; } }
            public interface IQueryCollection { string this[string key] { get; } }
            public interface IRequestCookieCollection { string? this[string key] { get; } }
            public abstract class HttpRequest
            {
                public abstract IFormCollection Form { get; }
                public abstract IQueryCollection Query { get; }
                public abstract IRequestCookieCollection Cookies { get; }
            }
        }
        class Endpoint
        {
            void Run(ILogger logger, Microsoft.AspNetCore.Http.HttpRequest request, System.Collections.Generic.Dictionary<string, string> settings)
            {
                var form = request.Form;
                var email = form["email"].ToString();
                logger.LogInformation("Subscribed {Email}", {|#0:email|});
                logger.LogInformation("Phone {Phone}", {|#1:request.Query["phone_number"]|});
                logger.LogInformation("Card {Card}", {|#2:request.Cookies["cardNumber"]|});
                logger.LogInformation("Page {Page}", request.Query["page"]);
                logger.LogInformation("Customer {Id}", request.Query["customerId"]);
                logger.LogInformation("City {City}", request.Form["city"]);
                logger.LogInformation("Setting {Email}", settings["email"]);
                var key = "email";
                logger.LogInformation("Dynamic {Value}", request.Form[key]);
                var failure = new System.InvalidOperationException("Import failed");
                failure.Data["Stage"] = "parse";
                logger.LogError("Affected {Email}", {|#3:failure.Data["CustomerEmail"]|});
                logger.LogError("Stage {Stage}", failure.Data["Stage"]);
            }
        }
        """;

    [Fact]
    public Task A_request_value_under_a_personal_key_is_a_source_under_inference()
    {
        var test = new LogTest { TestCode = Source };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("request value 'email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(1)
            .WithMessage("request value 'phone_number' looks like personal data by its name (Phone) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(2)
            .WithMessage("request value 'cardNumber' looks like personal data by its name (FinancialAccount) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(3)
            .WithMessage("exception data 'CustomerEmail' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogError' unredacted"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Route_values_an_action_filters_arguments_and_looked_up_values_are_request_values()
    {
        var test = new LogTest
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                namespace Microsoft.AspNetCore.Http
                {
                    public interface IQueryCollection
                    {
                        string this[string key] { get; }
                        bool TryGetValue(string key, out string value);
                    }

                    public abstract class HttpRequest
                    {
                        public abstract Microsoft.AspNetCore.Routing.RouteValueDictionary RouteValues { get; }
                    }
                }
                namespace Microsoft.AspNetCore.Routing
                {
                    public class RouteValueDictionary : System.Collections.Generic.Dictionary<string, object?> { }
                }
                namespace Microsoft.AspNetCore.Mvc.Filters
                {
                    public class ActionExecutingContext
                    {
                        public virtual System.Collections.Generic.IDictionary<string, object?> ActionArguments { get; } = new System.Collections.Generic.Dictionary<string, object?>();
                    }
                }
                class CheckInFilter
                {
                    void OnActionExecuting(ILogger logger, Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context, Microsoft.AspNetCore.Http.IQueryCollection query,
                        System.Collections.Generic.Dictionary<string, string> settings, Microsoft.AspNetCore.Http.HttpRequest request)
                    {
                        var routed = request.RouteValues["email"] as string;
                        logger.LogInformation("Route {Email}", {|#3:routed|});
                        logger.LogInformation("Route {Id}", request.RouteValues["id"]);
                        var links = new Microsoft.AspNetCore.Routing.RouteValueDictionary();
                        logger.LogInformation("Link {Email}", links["email"]);

                        if (context.ActionArguments.TryGetValue("phoneNumber", out var phone))
                        {
                            logger.LogInformation("Check-in from {Phone}", {|#0:phone|});
                        }

                        if (context.ActionArguments.TryGetValue("caseId", out var caseId))
                        {
                            logger.LogInformation("Case {CaseId}", caseId);
                        }

                        logger.LogInformation("Officer {Email}", {|#1:context.ActionArguments["officerEmail"]|});
                        logger.LogInformation("Page {Page}", context.ActionArguments["page"]);
                        if (query.TryGetValue("email", out var email))
                        {
                            logger.LogInformation("Subscriber {Email}", {|#2:email|});
                        }

                        if (settings.TryGetValue("email", out var configured))
                        {
                            logger.LogInformation("Configured {Email}", configured);
                        }
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("request value 'phoneNumber' looks like personal data by its name (Phone) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(1)
            .WithMessage("request value 'officerEmail' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(2)
            .WithMessage("request value 'email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(3)
            .WithMessage("request value 'email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_inference_it_is_not() =>
        new LogTest { TestCode = Source.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace("{|#3:", string.Empty).Replace("|}", string.Empty) }.RunAsync();

    private const string Newtonsoft = """
        namespace Newtonsoft.Json.Linq
        {
            public class JToken
            {
                public virtual JToken? this[object key] => null;
                public JToken? SelectToken(string path) => null;
                public static explicit operator string?(JToken? value) => null;
            }
            public class JObject : JToken
            {
                public static JObject Parse(string json) => new();
                public bool TryGetValue(string propertyName, out JToken? value) { value = null; return false; }
            }
        }
        """;

    private static readonly System.Lazy<Microsoft.CodeAnalysis.MetadataReference> NewtonsoftReference =
        new(() => Verifiers.TestReferences.Library(Newtonsoft, "NewtonsoftStub"));

    [Fact]
    public Task A_JSON_documents_value_under_a_personal_key_is_a_source_under_inference()
    {
        var test = new LogTest
        {
            TestCode = """
                using System.Text.Json;
                using System.Text.Json.Nodes;
                using Microsoft.Extensions.Logging;
                class BillingWebhook
                {
                    void Receive(ILogger logger, string raw)
                    {
                        var payload = Newtonsoft.Json.Linq.JObject.Parse(raw);
                        var email = (string?)payload.SelectToken("data.object.customer_email");
                        logger.LogWarning("Payment failed for {Email}", {|#0:email|});
                        logger.LogInformation("Customer {Customer} event {Type}", (string?)payload.SelectToken("data.object.customer"), (string?)payload["type"]);
                        logger.LogInformation("Phone {Phone}", (string?){|#1:payload["phone"]|});
                        using var document = JsonDocument.Parse(raw);
                        logger.LogInformation("Mail {Mail}", {|#2:document.RootElement.GetProperty("email")|}.GetString());
                        logger.LogInformation("Kind {Kind}", document.RootElement.GetProperty("kind").GetString());
                        var node = JsonNode.Parse(raw)!;
                        logger.LogInformation("Name {Name}", (string?){|#3:node["fullName"]|});
                        logger.LogInformation("Status {Status}", (string?)node["status"]);
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("JSON value 'data.object.customer_email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogWarning' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(1)
            .WithMessage("JSON value 'phone' looks like personal data by its name (Phone) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(2)
            .WithMessage("JSON value 'email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(3)
            .WithMessage("JSON value 'fullName' looks like personal data by its name (FullName) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        test.TestState.AdditionalReferences.Add(NewtonsoftReference.Value);
        return test.RunAsync();
    }

    [Fact]
    public Task Raw_text_parsed_into_a_document_holds_the_personal_values_read_from_it()
    {
        var test = new LogTest
        {
            TestCode = """
                using System.Text.Json;
                using Microsoft.Extensions.Logging;
                class BillingWebhook
                {
                    void Receive(ILogger logger, string raw)
                    {
                        var payload = Newtonsoft.Json.Linq.JObject.Parse(raw);
                        var email = (string?)payload.SelectToken("data.object.customer_email");
                        logger.LogDebug("Webhook body {Raw}", {|#0:raw|});
                    }

                    void Status(ILogger logger, string raw)
                    {
                        using var document = JsonDocument.Parse(raw);
                        var kind = document.RootElement.GetProperty("kind").GetString();
                        logger.LogDebug("Webhook body {Raw}", raw);
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("JSON value 'data.object.customer_email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogDebug' unredacted"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        test.TestState.AdditionalReferences.Add(NewtonsoftReference.Value);
        return test.RunAsync();
    }

    [Fact]
    public Task A_JSON_documents_value_looked_up_under_a_personal_key_is_a_source_under_inference()
    {
        var test = new LogTest
        {
            TestCode = """
                using System.Text.Json;
                using System.Text.Json.Nodes;
                using Microsoft.Extensions.Logging;
                class WaiverIntake
                {
                    void Sign(ILogger logger, JsonElement signer, string raw)
                    {
                        var medical = signer.TryGetProperty("medicalConditions", out var m) ? m.GetString() : null;
                        logger.LogWarning("Briefing {Conditions}", {|#0:medical|});
                        if (signer.TryGetProperty("waiverVersion", out var version))
                        {
                            logger.LogInformation("Version {Version}", version.GetString());
                        }

                    }

                    void Contact(ILogger logger, string body)
                    {
                        var node = JsonNode.Parse(body)!.AsObject();
                        if (node.TryGetPropertyValue("phone", out var phone))
                        {
                            logger.LogInformation("Phone {Phone}", {|#1:phone|}?.ToString());
                        }

                    }

                    void Notify(ILogger logger, string text)
                    {
                        var payload = Newtonsoft.Json.Linq.JObject.Parse(text);
                        if (payload.TryGetValue("email", out var email) && payload.TryGetValue("status", out var status))
                        {
                            logger.LogInformation("Mail {Mail} {Status}", (string?){|#2:email|}, (string?)status);
                        }
                    }

                    void Receive(ILogger logger, string raw)
                    {
                        using var document = JsonDocument.Parse(raw);
                        document.RootElement.TryGetProperty("email", out var email);
                        logger.LogDebug("Body {Raw}", {|#3:raw|});
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("JSON value 'medicalConditions' looks like personal data by its name (Health) and reaches log sink 'ILogger.LogWarning' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(1)
            .WithMessage("JSON value 'phone' looks like personal data by its name (Phone) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(2)
            .WithMessage("JSON value 'email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(3)
            .WithMessage("JSON value 'email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogDebug' unredacted"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        test.TestState.AdditionalReferences.Add(NewtonsoftReference.Value);
        return test.RunAsync();
    }
}
