using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInTelemetryAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class PiiInTelemetryAnalyzerTests
{
    [Fact]
    public Task Activity_tag_warns() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        class Service
        {
            void Run(Activity activity, User u) => activity.SetTag("user.email", {|#0:u.Email|});
        }
        """),
        new DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInTelemetryAnalyzer.Rule).WithLocation(0)
            .WithArguments("'User.Email'", "Email", "Activity.SetTag"));

    /// <summary>The shapes of Application Insights' client and context the rule reads.</summary>
    private const string ApplicationInsights = """
        namespace Microsoft.ApplicationInsights
        {
            using System.Collections.Generic;
            public sealed class TelemetryClient
            {
                public Microsoft.ApplicationInsights.Extensibility.Implementation.TelemetryContext Context { get; } = new();
                public void TrackEvent(string eventName, IDictionary<string, string>? properties = null, IDictionary<string, double>? metrics = null) { }
                public void TrackTrace(string message, IDictionary<string, string>? properties = null) { }
                public void TrackMetric(string name, double value, IDictionary<string, string>? properties = null) { }
            }
        }
        namespace Microsoft.ApplicationInsights.Extensibility.Implementation
        {
            public sealed class TelemetryContext { public UserContext User { get; } = new(); }
            public sealed class UserContext
            {
                public string? Id { get; set; }
                public string? AuthenticatedUserId { get; set; }
                public string? AccountId { get; set; }
                public string? UserAgent { get; set; }
            }
        }
        """;

    [Fact]
    public Task Application_insights_tracking_and_user_context_warn() => Verify.VerifyAsync(TestModel.With(ApplicationInsights + """
        class Service
        {
            void Run(Microsoft.ApplicationInsights.TelemetryClient telemetry, User u)
            {
                telemetry.TrackEvent("SignUp", new System.Collections.Generic.Dictionary<string, string> { ["email"] = {|PII013:u.Email|} });
                telemetry.TrackTrace("Sign-up by " + {|PII013:u.Email|});
                telemetry.Context.User.AuthenticatedUserId = {|PII013:u.Email|};
                telemetry.TrackEvent("SignUp", new System.Collections.Generic.Dictionary<string, string> { ["id"] = u.Id.ToString() });
                telemetry.TrackMetric("signups", u.Email.Length);
                telemetry.Context.User.AuthenticatedUserId = u.Id.ToString();
                telemetry.Context.User.UserAgent = "test";
            }
        }
        """));

    [Fact]
    public Task Current_activity_tags_and_baggage_warn() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        class Service
        {
            void Run(User u)
            {
                Activity.Current?.AddTag("phone", {|PII013:u.Phone|});
                Activity.Current?.AddBaggage("email", {|PII013:u.Email|});
                Activity.Current?.SetBaggage("who", $"{{|PII013:u.Email|}}");
            }
        }
        """));

    [Fact]
    public Task Activity_event_tags_warn() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        class Service
        {
            void Run(Activity activity, User u)
            {
                var tags = new ActivityTagsCollection { { "email", u.Email } };
                activity.AddEvent(new ActivityEvent("signed-in", tags: {|PII013:tags|}));
                activity.AddEvent(new ActivityEvent("called", tags: new ActivityTagsCollection { ["phone"] = {|PII013:u.Phone|} }));
            }
        }
        """));

    [Fact]
    public Task Metric_tags_warn() => Verify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Diagnostics.Metrics;
        class Service
        {
            void Run(Counter<int> logins, Histogram<double> latency, User u)
            {
                logins.Add(1, new KeyValuePair<string, object?>("email", {|PII013:u.Email|}));
                var tags = new TagList();
                tags.Add("phone", u.Phone);
                latency.Record(12.5, {|PII013:tags|});
            }
        }
        """));

    [Fact]
    public Task Activity_source_tags_and_display_name_warn() => Verify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Diagnostics;
        class Service
        {
            void Run(ActivitySource source, User u)
            {
                using var activity = source.StartActivity(ActivityKind.Internal, tags: new[] { new KeyValuePair<string, object?>("email", {|PII013:u.Email|}) }, name: "login");
                if (activity is not null) activity.DisplayName = "login " + {|PII013:u.Phone|};
            }
        }
        """));

    [Fact]
    public Task Local_and_helper_warn() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        class Service
        {
            static string Contact(User u) => u.Phone ?? u.Email;
            void Run(Activity activity, User u)
            {
                var mail = u.Email.Trim();
                activity.SetTag("a", {|PII013:mail|});
                activity.SetTag("b", {|PII013:Contact(u)|});
            }
        }
        """));

    [Fact]
    public Task Sensitive_data_warns() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        class Service
        {
            void Run(Activity activity, User u) => activity.SetTag("diagnosis", {|#0:u.Diagnosis|});
        }
        """),
        new DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInTelemetryAnalyzer.Rule).WithLocation(0)
            .WithArguments("'User.Diagnosis'", "Sensitive", "Activity.SetTag"));

    [Fact]
    public Task Printing_record_tag_warns() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        class Service
        {
            void Run(Activity activity, Applicant a) => activity.SetTag("applicant", {|PII013:a|});
        }
        """));

    [Fact]
    public Task Identifier_tags_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        class Service
        {
            void Run(Activity activity, User u)
            {
                activity.SetTag("user.id", u.Id);
                activity.SetTag("user.login.length", u.Login.Length);
                activity.AddBaggage("tenant", "main");
            }
        }
        """));

    [Fact]
    public Task Masked_tag_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        using Allio.PiiGuard;
        class Service
        {
            void Run(Activity activity, User u) => activity.SetTag("email", PiiRedact.Mask(u.Email, PiiKind.Email));
        }
        """));

    [Fact]
    public Task Measured_value_is_not_a_tag() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics.Metrics;
        class Service
        {
            void Run(Counter<int> chars, User u) => chars.Add(u.Email.Length);
        }
        """));

    [Fact]
    public Task Tag_lists_without_personal_data_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        using System.Diagnostics.Metrics;
        class Service
        {
            void Run(Histogram<double> latency, User u)
            {
                var tags = new TagList();
                tags.Add("user.id", u.Id);
                latency.Record(1.0, tags);
            }
        }
        """));

    [Fact]
    public Task Activity_operations_without_values_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        class Service
        {
            void Run(ActivitySource source, User u)
            {
                using var activity = source.StartActivity("login");
                activity?.SetStatus(ActivityStatusCode.Ok);
            }
        }
        """));

    [Fact]
    public Task Class_object_tag_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        class Service
        {
            void Run(Activity activity, User u) => activity.SetTag("user", u);
        }
        """));

    [Fact]
    public Task Hashed_tag_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Diagnostics;
        using System.Security.Cryptography;
        using System.Text;
        class Service
        {
            void Run(Activity activity, User u) =>
                activity.SetTag("user.hash", Convert.ToBase64String(HMACSHA256.HashData(new byte[] { 1 }, Encoding.UTF8.GetBytes(u.Email))));
        }
        """));

    [Fact]
    public Task Other_tag_apis_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        class Span { public void SetTag(string k, object v) { } }
        class Service
        {
            void Run(Span span, User u, Dictionary<string, object> bag)
            {
                span.SetTag("email", u.Email);
                bag["email"] = u.Email;
            }
        }
        """));
}
