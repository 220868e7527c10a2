using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;
using SerializeVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;
using TelemetryVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInTelemetryAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Property bags that travel with what a library writes: a Serilog enricher's properties (PII001), the properties of an
/// Application Insights item (PII013), a problem's extensions in a response body (PII002). Ids, stages and trace ids
/// stay quiet, and so does the same dictionary type elsewhere.
/// </summary>
public sealed class PropertyBagSinkTests
{
    [Fact]
    public Task A_serilog_enricher_s_properties_are_logged() => LogVerify.VerifyAsync(TestModel.With("""
        using Serilog.Core;
        using Serilog.Events;
        namespace Serilog.Core { public interface ILogEventPropertyFactory { Serilog.Events.LogEventProperty CreateProperty(string name, object? value, bool destructureObjects = false); } }
        namespace Serilog.Events
        {
            public abstract class LogEventPropertyValue { }
            public sealed class ScalarValue : LogEventPropertyValue { public ScalarValue(object? value) { } }
            public sealed class LogEventProperty { public LogEventProperty(string name, LogEventPropertyValue value) { } }
            public sealed class LogEvent
            {
                public void AddPropertyIfAbsent(LogEventProperty property) { }
                public void AddPropertyIfAbsent(Serilog.Core.ILogEventPropertyFactory factory, string name, object? value, bool destructureObjects = false) { }
                public void AddOrUpdateProperty(LogEventProperty property) { }
            }
        }
        class UserEnricher
        {
            public void Enrich(LogEvent logEvent, ILogEventPropertyFactory factory, User user)
            {
                logEvent.AddPropertyIfAbsent(factory.CreateProperty("UserEmail", {|PII001:user.Email|}));
                logEvent.AddOrUpdateProperty(new LogEventProperty("UserPhone", new ScalarValue({|PII001:user.Phone|})));
                logEvent.AddPropertyIfAbsent(factory.CreateProperty("UserId", user.Id));
                logEvent.AddPropertyIfAbsent(factory, "UserEmail", {|PII001:user.Email|});
                logEvent.AddPropertyIfAbsent(factory, "UserId", user.Id);
                logEvent.AddOrUpdateProperty(new LogEventProperty("Kind", new ScalarValue("user")));
            }
        }
        """));

    [Fact]
    public Task An_application_insights_item_s_properties_are_telemetry() => TelemetryVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using Microsoft.ApplicationInsights.DataContracts;
        namespace Microsoft.ApplicationInsights.DataContracts
        {
            public sealed class EventTelemetry { public EventTelemetry(string name) { } public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>(); }
        }
        class Tracking
        {
            void Viewed(User user, Dictionary<string, string> local)
            {
                var evt = new EventTelemetry("ProfileViewed");
                evt.Properties["userId"] = user.Id.ToString();
                evt.Properties["email"] = {|PII013:user.Email|};
                evt.Properties.Add("phone", {|PII013:user.Phone|});
                local["email"] = user.Email;
            }
        }
        """));

    [Fact]
    public Task A_problem_s_extensions_and_a_validation_problem_s_errors_are_written_to_the_body() => SerializeVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Mvc;
        namespace Microsoft.AspNetCore.Mvc
        {
            public class ProblemDetails { public string? Title { get; set; } public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>(); }
        }
        namespace Microsoft.AspNetCore.Http
        {
            public interface IResult { }
            public static class Results { public static IResult ValidationProblem(IDictionary<string, string[]> errors, string? detail = null) => null!; }
        }
        class Errors
        {
            ProblemDetails Conflict(User user, string traceId)
            {
                var problem = new ProblemDetails { Title = "Could not save" };
                problem.Extensions["traceId"] = traceId;
                problem.Extensions["userId"] = user.Id;
                problem.Extensions["detail"] = $"Could not save {{|PII002:user.Email|}}";
                problem.Extensions.Add("phone", {|PII002:user.Phone|});
                return problem;
            }

            Microsoft.AspNetCore.Http.IResult Invalid(User user)
            {
                var errors = new Dictionary<string, string[]> { ["email"] = new[] { $"{user.Email} is taken" } };
                var quiet = new Dictionary<string, string[]> { ["email"] = new[] { "is taken" } };
                Microsoft.AspNetCore.Http.Results.ValidationProblem(quiet);
                return Microsoft.AspNetCore.Http.Results.ValidationProblem({|PII002:errors|});
            }
        }
        """));
}
