using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A call after <c>?.</c> carries what its tested receiver holds, like the same call after <c>.</c>.</summary>
public sealed class ConditionalCallTests
{
    [Fact]
    public Task A_call_on_a_conditionally_accessed_value_carries_it() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public class Visit
        {
            public int? Id { get; set; }
            [Pii(Kind = PiiKind.OnlineIdentifier)] public System.Net.IPAddress? IpAddress { get; set; }
            [Pii(Kind = PiiKind.Email)] public string? Email { get; set; }
        }
        class C
        {
            void Run(ILogger logger, Visit v, Visit? maybe)
            {
                logger.LogInformation("{Ip}", {|PII001:v.IpAddress|}?.ToString());
                var ip = v.IpAddress?.ToString();
                logger.LogInformation("{Ip}", {|PII001:ip|});
                var email = maybe?.Email?.Trim().ToLowerInvariant();
                logger.LogInformation("{Email}", {|PII001:email|});
                logger.LogInformation("{Length} {Id}", v.Email?.Length, v.Id?.ToString());
            }
        }
        """);
}
