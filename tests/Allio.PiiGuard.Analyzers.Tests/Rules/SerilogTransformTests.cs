using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII001 on a Serilog logger configured with <c>Destructure.ByTransforming&lt;T&gt;</c> or a destructuring policy of the
/// compilation (<c>Destructure.With&lt;P&gt;()</c>): a <c>{@Hole}</c> of type <c>T</c> writes the projection, or what the
/// policy reads of it, so one that takes nothing personal logs nothing personal; one that does, and other types, do.
/// </summary>
public sealed class SerilogTransformTests
{
    private const string Serilog = """

        namespace Serilog
        {
            public interface ILogger { void Information(string messageTemplate, params object[] propertyValues); }
            public sealed class LoggerConfiguration
            {
                public Serilog.Configuration.LoggerDestructuringConfiguration Destructure { get; } = new();
                public ILogger CreateLogger() => null!;
            }
        }
        namespace Serilog.Core
        {
            public interface IDestructuringPolicy { bool TryDestructure(object value, out object result); }
        }
        namespace Serilog.Configuration
        {
            public sealed class LoggerDestructuringConfiguration
            {
                public Serilog.LoggerConfiguration ByTransforming<TValue>(System.Func<TValue, object> transformation) => new();
                public Serilog.LoggerConfiguration With<TDestructuringPolicy>() where TDestructuringPolicy : Serilog.Core.IDestructuringPolicy, new() => new();
                public Serilog.LoggerConfiguration With(params Serilog.Core.IDestructuringPolicy[] policies) => new();
            }
        }
        """;

    [Fact]
    public Task A_projection_without_personal_members_is_what_is_logged() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
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
        """ + Serilog);

    [Fact]
    public Task A_destructuring_policy_writes_what_it_reads() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public record Stop(int BorrowerId, [property: Pii(Kind = PiiKind.FullName)] string RecipientName, int Parcels);
        public record Parcel(int Id, [property: Pii(Kind = PiiKind.PostalAddress)] string Address);
        public sealed class StopPolicy : Serilog.Core.IDestructuringPolicy
        {
            public bool TryDestructure(object value, out object result)
            {
                if (value is Stop stop)
                {
                    result = new { stop.BorrowerId, stop.Parcels };
                    return true;
                }

                result = null!;
                return false;
            }
        }
        public sealed class LeakyPolicy : Serilog.Core.IDestructuringPolicy
        {
            public bool TryDestructure(object value, out object result)
            {
                result = value is Stop stop ? new { stop.BorrowerId, stop.RecipientName } : null!;
                return result is not null;
            }
        }
        class C
        {
            void Run(Stop stop, Parcel parcel)
            {
                var log = new Serilog.LoggerConfiguration().Destructure.With<StopPolicy>().CreateLogger();
                log.Information("Stop {@Stop}", stop);
                log.Information("Parcel {@Parcel}", {|PII001:parcel|});
                var given = new Serilog.LoggerConfiguration().Destructure.With(new StopPolicy()).CreateLogger();
                given.Information("Stop {@Stop}", stop);
                var leaky = new Serilog.LoggerConfiguration().Destructure.With<LeakyPolicy>().CreateLogger();
                leaky.Information("Stop {@Stop}", {|PII001:stop|});
                var plain = new Serilog.LoggerConfiguration().CreateLogger();
                plain.Information("Stop {@Stop}", {|PII001:stop|});
            }
        }
        """ + Serilog);

    [Fact]
    public Task The_static_logger_takes_the_transforms_its_assignment_configures() => new Verify.Test
    {
        TestState =
        {
            Sources =
            {
                """
                Serilog.Log.Logger = new Serilog.LoggerConfiguration().Destructure.ByTransforming<Member>(x => new { x.Id, x.Plan }).CreateLogger();
                """,
                """
                using Allio.PiiGuard;
                public class Member
                {
                    public System.Guid Id { get; set; }
                    public string Plan { get; set; } = "";
                    [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
                }
                public class Card { [Pii(Kind = PiiKind.FinancialAccount)] public string Number { get; set; } = ""; }
                class Billing
                {
                    void Run(Member m, Card card)
                    {
                        Serilog.Log.Information("Member {@Member}", m);
                        Serilog.Log.Information("Card {@Card}", {|PII001:card|});
                    }
                }
                """ + Serilog + StaticLog,
            },
            OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication,
        },
    }.RunAsync();

    [Fact]
    public Task A_static_logger_configured_to_write_personal_members_or_not_configured_logs_them() => new Verify.Test
    {
        TestState =
        {
            Sources =
            {
                """
                using Allio.PiiGuard;
                public class Member
                {
                    public System.Guid Id { get; set; }
                    [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
                }
                class Billing
                {
                    static void Configure() => Serilog.Log.Logger = new Serilog.LoggerConfiguration().Destructure.ByTransforming<Member>(x => new { x.Id, x.Email }).CreateLogger();
                    void Run(Member m) => Serilog.Log.Information("Member {@Member}", {|PII001:m|});
                }
                """ + Serilog + StaticLog,
            },
        },
    }.RunAsync();

    private const string StaticLog = """

        namespace Serilog
        {
            public static class Log
            {
                public static ILogger Logger { get; set; } = null!;
                public static void Information(string messageTemplate, params object[] propertyValues) { }
            }
        }
        """;
}
