using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInTelemetryAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII013 on OpenTelemetry's API: baggage set for outgoing calls and the tags of a recorded exception; under inference,
/// baggage read back by a key named like personal data is that data.
/// </summary>
public sealed class OpenTelemetryApiTests
{
    [Fact]
    public Task Baggage_and_an_exception_s_tags_are_telemetry() => Verify.VerifyAsync(
        """
        using System.Diagnostics;
        using Allio.PiiGuard;
        using OpenTelemetry.Trace;
        namespace OpenTelemetry { public readonly struct Baggage { public static Baggage SetBaggage(string name, string? value, Baggage baggage = default) => default; } }
        namespace OpenTelemetry.Trace { public static class ActivityExtensions { public static void RecordException(this Activity? activity, System.Exception? ex, in TagList tags) { } } }
        public class Member
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
        }
        class C
        {
            void Run(Member m, System.Exception ex)
            {
                OpenTelemetry.Baggage.SetBaggage("member.email", {|PII013:m.Email|});
                OpenTelemetry.Baggage.SetBaggage("member.id", m.Id.ToString());
                Activity.Current.RecordException(ex, new TagList { { "member.email", {|PII013:m.Email|} } });
                Activity.Current.RecordException(ex, new TagList { { "member.id", m.Id } });
            }
        }
        """);

    [Fact]
    public Task Baggage_read_by_a_personal_key_is_a_source_under_inference()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Diagnostics;
                namespace OpenTelemetry
                {
                    public readonly struct Baggage
                    {
                        public static Baggage SetBaggage(string name, string? value, Baggage baggage = default) => default;
                        public static string? GetBaggage(string name, Baggage baggage = default) => null;
                    }
                }
                class Processor
                {
                    void OnEnd(Activity activity)
                    {
                        var driverName = OpenTelemetry.Baggage.GetBaggage("driver.name");
                        activity.SetTag("driver.name", {|PII013:driverName|});
                        activity.SetTag("driver.email", {|PII013:activity.GetBaggageItem("driver.email")|});
                        activity.SetTag("depot", OpenTelemetry.Baggage.GetBaggage("depot"));
                        activity.SetTag("trace", activity.GetBaggageItem("trace.origin"));
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }
}
