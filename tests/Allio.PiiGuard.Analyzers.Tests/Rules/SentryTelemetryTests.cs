using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInTelemetryAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII013 on Sentry's SDK: breadcrumbs, tags, extras and captured messages travel with every error report, and the user a
/// scope names is sent as the report's subject. Keys, levels, ids of orders and masked values stay quiet.
/// </summary>
public sealed class SentryTelemetryTests
{
    private const string SentryApi =
        """
        namespace Sentry
        {
            using System;
            using System.Collections.Generic;
            public enum SentryLevel { Info, Warning }
            public enum BreadcrumbLevel { Info }
            public interface IHasTags { void SetTag(string key, string value); }
            public interface IHasExtra { void SetExtra(string key, object? value); }
            public sealed class SentryUser
            {
                public string? Id { get; set; }
                public string? Username { get; set; }
                public string? Email { get; set; }
                public string? IpAddress { get; set; }
            }
            public class Scope : IHasTags, IHasExtra
            {
                public SentryUser User { get; set; } = new();
                public void SetTag(string key, string value) { }
                public void SetExtra(string key, object? value) { }
            }
            public sealed class Breadcrumb
            {
                public Breadcrumb(string message, string type, IReadOnlyDictionary<string, string>? data = null, string? category = null, BreadcrumbLevel level = default) { }
            }
            public static class SentrySdk
            {
                public static void AddBreadcrumb(string message, string? category = null, string? type = null, IDictionary<string, string>? data = null, BreadcrumbLevel level = default) { }
                public static void AddBreadcrumb(Breadcrumb breadcrumb, object? hint = null) { }
                public static void CaptureMessage(string message, SentryLevel level = default) { }
                public static void CaptureException(Exception exception, Action<Scope> configureScope) { }
                public static void ConfigureScope(Action<Scope> configureScope) { }
                public static void SetTag(string key, string value) { }
            }
        }

        """;

    [Fact]
    public Task What_goes_with_an_error_report_is_telemetry() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using Allio.PiiGuard;
        using Sentry;

        """ + SentryApi +
        """
        public class Applicant
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            [Pii(Kind = PiiKind.GovernmentId)] public string NationalId { get; set; } = "";
            [Pii(Kind = PiiKind.OnlineIdentifier)] public string IpAddress { get; set; } = "";
        }
        class C
        {
            void Run(Applicant a, System.Exception ex)
            {
                SentrySdk.AddBreadcrumb($"KYC started for {{|PII013:a.Email|}}", "kyc");
                SentrySdk.AddBreadcrumb("check failed", "kyc", data: new Dictionary<string, string> { ["email"] = {|PII013:a.Email|} });
                SentrySdk.AddBreadcrumb(new Breadcrumb("check failed", "kyc", new Dictionary<string, string> { ["id"] = {|PII013:a.NationalId|} }));
                SentrySdk.CaptureMessage($"Passport {{|PII013:a.NationalId|}} rejected", SentryLevel.Warning);
                SentrySdk.SetTag("kyc.email", {|PII013:a.Email|});
                SentrySdk.ConfigureScope(scope => scope.SetTag("kyc.national_id", {|PII013:a.NationalId|}));
                SentrySdk.CaptureException(ex, scope => scope.SetExtra("ip", {|PII013:a.IpAddress|}));
                SentrySdk.ConfigureScope(scope => scope.User = new SentryUser { Email = {|PII013:a.Email|}, IpAddress = {|PII013:a.IpAddress|} });

                SentrySdk.AddBreadcrumb($"KYC started for applicant {a.Id}", "kyc", data: new Dictionary<string, string> { ["id"] = a.Id.ToString() });
                SentrySdk.CaptureMessage("Passport rejected", SentryLevel.Warning);
                SentrySdk.ConfigureScope(scope => scope.SetTag("kyc.applicant", a.Id.ToString()));
                SentrySdk.ConfigureScope(scope => scope.User = new SentryUser { Id = a.Id.ToString() });
                SentrySdk.CaptureException(ex, scope => scope.SetExtra("email.domain", "example.org"));
            }
        }
        """);
}
