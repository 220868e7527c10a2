using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII001 on a Serilog logger configured with <c>Destructure.ByTransforming&lt;T&gt;</c>: a <c>{@Hole}</c> of type <c>T</c>
/// writes the projection, so one that takes nothing personal logs nothing personal; one that does, and other types, do.
/// </summary>
public sealed class SerilogTransformTests
{
    [Fact]
    public Task A_projection_without_personal_members_is_what_is_logged() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        namespace Serilog
        {
            public interface ILogger { void Information(string messageTemplate, params object[] propertyValues); }
            public sealed class LoggerConfiguration
            {
                public Serilog.Configuration.LoggerDestructuringConfiguration Destructure { get; } = new();
                public ILogger CreateLogger() => null!;
            }
        }
        namespace Serilog.Configuration
        {
            public sealed class LoggerDestructuringConfiguration
            {
                public Serilog.LoggerConfiguration ByTransforming<TValue>(System.Func<TValue, object> transformation) => new();
            }
        }
        public class Member
        {
            public System.Guid Id { get; set; }
            public string Plan { get; set; } = "";
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
        }
        public class Card
        {
            public string Last4 { get; set; } = "";
            [Pii(Kind = PiiKind.FinancialAccount)] public string Number { get; set; } = "";
        }
        class C
        {
            void Run(Member m, Card card)
            {
                var log = new Serilog.LoggerConfiguration().Destructure.ByTransforming<Member>(x => new { x.Id, x.Plan }).CreateLogger();
                log.Information("Member {@Member}", m);
                log.Information("Card {@Card}", {|PII001:card|});
                var leaky = new Serilog.LoggerConfiguration().Destructure.ByTransforming<Member>(x => new { x.Id, x.Email }).CreateLogger();
                leaky.Information("Member {@Member}", {|PII001:m|});
                var whole = new Serilog.LoggerConfiguration().Destructure.ByTransforming<Member>(x => x).CreateLogger();
                whole.Information("Member {@Member}", {|PII001:m|});
            }
        }
        """);
}
