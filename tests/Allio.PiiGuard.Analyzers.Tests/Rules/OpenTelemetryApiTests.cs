using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInTelemetryAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII013 on OpenTelemetry's API: baggage set for outgoing calls and the tags of a recorded exception.</summary>
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
}
