using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A health check's description, which the health check service logs with the check's status.</summary>
public sealed class HealthCheckResultTests
{
    private const string HealthChecks = """

        namespace Microsoft.Extensions.Diagnostics.HealthChecks
        {
            public enum HealthStatus { Unhealthy, Degraded, Healthy }
            public readonly struct HealthCheckResult
            {
                public HealthCheckResult(HealthStatus status, string? description = null, System.Exception? exception = null) { }
                public static HealthCheckResult Healthy(string? description = null) => default;
                public static HealthCheckResult Degraded(string? description = null, System.Exception? exception = null) => default;
                public static HealthCheckResult Unhealthy(string? description = null, System.Exception? exception = null) => default;
            }
        }
        """;

    [Fact]
    public Task Personal_data_in_a_description_is_reported() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Diagnostics.HealthChecks;
        class StoreCheck
        {
            HealthCheckResult Check(User latest, bool stale)
            {
                if (stale)
                {
                    return HealthCheckResult.Unhealthy($"Participant {{|PII001:latest.Email|}} consented on a retired form");
                }

                return new HealthCheckResult(HealthStatus.Degraded, "Last sign-up " + {|PII001:latest.Phone|});
            }
        }
        """ + HealthChecks));

    [Fact]
    public Task Ids_counts_and_the_status_are_quiet() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Diagnostics.HealthChecks;
        class StoreCheck
        {
            HealthCheckResult Check(User latest, int pending)
            {
                if (pending > 100)
                {
                    return HealthCheckResult.Degraded($"{pending} sign-ups waiting");
                }

                return HealthCheckResult.Healthy($"Last sign-up {latest.Id}");
            }
        }
        """ + HealthChecks));
}
