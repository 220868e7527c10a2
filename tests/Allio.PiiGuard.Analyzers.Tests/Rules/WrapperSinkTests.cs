using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using ExceptionVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInExceptionAnalyzer>;
using HttpVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiOnHttpSurfaceAnalyzer>;
using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;
using TelemetryVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInTelemetryAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A method whose parameter reaches a sink is a sink for that parameter, in the same file or another.</summary>
public sealed class WrapperSinkTests
{
    private const string AppLogger = """
        using Microsoft.Extensions.Logging;
        using Allio.PiiGuard;
        public sealed class AppLogger
        {
            private readonly ILogger _inner;
            public AppLogger(ILogger inner) => _inner = inner;
            public void Warn(string message) => _inner.LogWarning(message);
            public void Info(string template, int code) { _inner.LogInformation(template + " #" + code); }
            public void Masked(string message) => _inner.LogWarning(PiiRedact.Mask(message));
            public void Replaced(string message) { message = "redacted"; _inner.LogWarning(message); }
            public void Counted(string message) => _inner.LogWarning("length " + message.Length);
            public void Audit(string who, string what) => _inner.LogInformation("audit: " + what);
        }
        """;

    [Fact]
    public Task Wrapper_in_the_same_file_names_the_path() => LogVerify.VerifyAsync(AppLogger + TestModel.With("""

        class Service
        {
            void Run(AppLogger log, User u)
            {
                log.Warn({|#0:u.Phone|});
                log.Warn("user " + u.Id);
            }
        }
        """),
        new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0).WithArguments("'User.Phone'", "Phone", "ILogger.LogWarning' through 'AppLogger.Warn"));

    [Fact]
    public Task Wrapper_in_another_file_warns_at_the_outer_call()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            class Service
            {
                void Run(AppLogger log, User u)
                {
                    log.Warn({|#0:u.Phone|});
                    log.Info({|PII001:u.Email|}, u.Id);
                    log.Audit(u.Email, {|PII001:u.Phone|});
                    log.Warn("user " + u.Id);
                }
            }
            """));
        test.TestState.Sources.Add(AppLogger);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithArguments("'User.Phone'", "Phone", "ILogger.LogWarning' through 'AppLogger.Warn"));
        return test.RunAsync();
    }

    [Fact]
    public Task Destructuring_wrapper_in_another_file_reads_the_whole_object()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            class Service
            {
                void Run(User u)
                {
                    AuditLog.Event("viewed", {|PII001:u|});
                    AuditLog.Event("viewed", new { u.Id });
                    AuditLog.Note("viewed", u);
                    AuditLog.Event("deleted", null);
                }
            }
            """));
        test.TestState.Sources.Add("""
            using Microsoft.Extensions.Logging;
            public static class AuditLog
            {
                public static ILogger Logger { get; set; } = null!;
                public static void Event(string action, object? details) => Logger.LogInformation("AUDIT {Action} {@Details}", action, details);
                public static void Note(string action, object? details) => Logger.LogInformation("AUDIT {Action} {Details}", action, details);
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Parameters_that_do_not_reach_the_sink_are_quiet() => LogVerify.VerifyAsync(AppLogger + TestModel.With("""

        class Service
        {
            void Run(AppLogger log, User u)
            {
                log.Masked(u.Phone);
                log.Replaced(u.Phone);
                log.Counted(u.Email);
                log.Audit(u.Email, "signed in");
                log.Info("signed in", u.Id);
            }
        }
        """));

    [Fact]
    public Task Wrappers_of_wrappers_name_every_step()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            class Service
            {
                void Run(Facade facade, User u)
                {
                    facade.Report({|#0:u.Email|});
                    facade.Report(u.Login);
                }
            }
            """));
        test.TestState.Sources.Add(AppLogger + """

            public sealed class Facade
            {
                private readonly AppLogger _log;
                public Facade(AppLogger log) => _log = log;
                public void Report(string text) => _log.Warn("report: " + text);
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithArguments("'User.Email'", "Email", "ILogger.LogWarning' through 'Facade.Report', 'AppLogger.Warn"));
        return test.RunAsync();
    }

    [Fact]
    public Task Static_console_wrapper_in_another_file()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            class Service
            {
                void Run(User u)
                {
                    Out.Line({|PII001:u.Diagnosis|});
                    Out.Line(u.Login);
                    Out.Quiet(u.Diagnosis);
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System;
            static class Out
            {
                public static void Line(string text) => Console.WriteLine("> " + text);
                public static void Quiet(string text) => Console.WriteLine(">");
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Exception_wrapper_in_another_file()
    {
        var test = new ExceptionVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            class Service
            {
                void Run(User u)
                {
                    Guard.Fail({|PII007:u.Email|});
                    Guard.Fail("user " + u.Id);
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System;
            static class Guard
            {
                public static void Fail(string message) => throw new InvalidOperationException("failed: " + message);
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Exception_wrapper_in_the_same_file() => ExceptionVerify.VerifyAsync(TestModel.With("""
        using System;
        static class Guard
        {
            public static Exception Fail(string message, int code) => new InvalidOperationException(message + code);
            public static Exception Coded(string message, int code) => new InvalidOperationException("code " + code);
        }
        class Service
        {
            void Run(User u)
            {
                throw Guard.Fail({|PII007:u.Phone|}, u.Id);
            }
            void Quiet(User u)
            {
                throw Guard.Coded(u.Phone, u.Id);
            }
        }
        """));

    [Fact]
    public Task Telemetry_wrapper_in_another_file()
    {
        var test = new TelemetryVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System.Diagnostics;
            class Service
            {
                void Run(Activity activity, User u)
                {
                    Tags.Set(activity, "email", {|PII013:u.Email|});
                    Tags.Set(activity, "id", u.Id.ToString());
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System.Diagnostics;
            static class Tags
            {
                public static void Set(Activity activity, string key, string value) => activity.SetTag(key, value);
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Http_wrapper_in_another_file()
    {
        var test = new HttpVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System.Threading.Tasks;
            class Service
            {
                Task<string> Run(Api api, User u) => api.Find({|PII012:u.Email|});
                Task<string> Quiet(Api api, User u) => api.Find(u.Id.ToString());
            }
            """));
        test.TestState.Sources.Add("""
            using System.Net.Http;
            using System.Threading.Tasks;
            class Api
            {
                private readonly HttpClient _client = new HttpClient();
                public Task<string> Find(string email) => _client.GetStringAsync("https://api.example/users?email=" + email);
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task A_call_through_an_interface_runs_its_one_implementation()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            class Service
            {
                void Run(IAuditTrail audit, INotifier notifier, IFormatter<User> formatter, User u)
                {
                    audit.Record("kin.added", {|#0:u.Phone|});
                    audit.Record("kin.added", u.Id.ToString());
                    notifier.Notify(u.Email);
                    formatter.Write(u.Email);
                }
            }
            """));
        test.TestState.Sources.Add("""
            using Microsoft.Extensions.Logging;
            public interface IAuditTrail { void Record(string action, object details); }
            public sealed class LoggingAuditTrail : IAuditTrail
            {
                private readonly ILogger _logger;
                public LoggingAuditTrail(ILogger logger) => _logger = logger;
                public void Record(string action, object details) => _logger.LogInformation("AUDIT {Action} {Details}", action, details);
            }

            // Two implementations: which one runs is the container's choice, so neither is read.
            public interface INotifier { void Notify(string to); }
            public sealed class LogNotifier : INotifier
            {
                private readonly ILogger _logger;
                public LogNotifier(ILogger logger) => _logger = logger;
                public void Notify(string to) => _logger.LogInformation("notify {To}", to);
            }
            public sealed class SilentNotifier : INotifier { public void Notify(string to) { } }

            // A generic contract is left alone.
            public interface IFormatter<T> { void Write(string text); }
            public sealed class LogFormatter<T> : IFormatter<T>
            {
                private readonly ILogger _logger;
                public LogFormatter(ILogger logger) => _logger = logger;
                public void Write(string text) => _logger.LogInformation(text);
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithArguments("'User.Phone'", "Phone", "ILogger.LogInformation' through 'LoggingAuditTrail.Record"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_parameter_personal_by_its_own_name_is_reported_inside_not_again_at_the_call() => new LogVerify.Test
    {
        TestCode = """
            using Microsoft.Extensions.Logging;
            public sealed class Warden(ILogger<Warden> logger)
            {
                public void Check(string vrm, string zone) => logger.LogInformation("Unpermitted {Vrm} in {Zone}", {|PII001:vrm|}, zone);
                public void Note(string text) => logger.LogInformation("Note {Text}", text);
            }
            class Patrol
            {
                void Run(Warden warden, string vrm, string email)
                {
                    warden.Check(vrm, "A");
                    warden.Note({|PII001:email|});
                }
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") } },
    }.RunAsync();

    [Fact]
    public Task What_a_helper_of_another_file_returns_of_a_projection_of_its_items_is_what_the_projection_reads() => new LogVerify.Test
    {
        TestState =
        {
            Sources =
            {
                """
                using System.Collections.Generic;
                using System.Linq;
                public sealed class Grant { public int Id { get; set; } public decimal Amount { get; set; } public string AccountHolder { get; set; } = ""; }
                public static class Redact { public static string LastFour(string value) => value.Length > 4 ? value.Substring(value.Length - 4) : ""; }
                public static class GrantExports
                {
                    public static string Audit(IEnumerable<Grant> grants)
                    {
                        var audit = grants.Select(g => new { g.Id, g.Amount, Holder = Redact.LastFour(g.AccountHolder) });
                        return string.Join(";", audit);
                    }

                    public static string Bank(IEnumerable<Grant> grants)
                    {
                        var rows = grants.Where(g => g.Amount > 0).Select(g => (g.Id, g.AccountHolder));
                        return string.Join(";", rows);
                    }
                }
                """,
                """
                using System.Collections.Generic;
                using Microsoft.Extensions.Logging;
                public sealed class Grants(ILogger<Grants> logger)
                {
                    public void Run(List<Grant> pending)
                    {
                        logger.LogInformation("Audit {Rows}", GrantExports.Audit(pending));
                        logger.LogInformation("Bank {Rows}", {|#0:GrantExports.Bank(pending)|});
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
            ExpectedDiagnostics =
            {
                new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
                    .WithMessage("'Grant.AccountHolder' looks like personal data by its name (FullName) and reaches log sink 'ILogger.LogInformation' unredacted"),
            },
        },
    }.RunAsync();
}
