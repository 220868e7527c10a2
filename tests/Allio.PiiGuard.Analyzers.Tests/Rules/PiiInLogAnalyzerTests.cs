using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class PiiInLogAnalyzerTests
{
    [Fact]
    public Task Member_passed_as_template_argument_warns() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u) => logger.LogInformation("Signed in {Email}", {|PII001:u.Email|});
        }
        """));

    [Fact]
    public Task Message_names_member_kind_and_sink() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u) => logger.LogWarning({|#0:u.Email|});
        }
        """),
        new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0).WithArguments("'User.Email'", "Email", "ILogger.LogWarning"));

    [Fact]
    public Task Interpolation_concatenation_and_format_warn() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u)
            {
                logger.LogInformation($"Signed in {{|PII001:u.Email|}}");
                logger.LogInformation("Phone " + {|PII001:u.Phone|});
                logger.LogInformation(string.Format("{0}", {|PII001:u.Email|}));
                logger.LogInformation(string.Join(",", {|PII001:u.Email|}, u.Id));
            }
        }
        """));

    [Fact]
    public Task Locals_conditionals_and_coalescing_carry_taint() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u, bool phone)
            {
                var contact = phone ? u.Phone : u.Email;
                string other;
                other = contact ?? "none";
                var upper = other.ToUpperInvariant();
                logger.LogDebug("{Contact}", {|PII001:upper|});
            }
        }
        """));

    [Fact]
    public Task String_builder_filled_with_personal_data_is_tainted() => Verify.VerifyAsync(TestModel.With("""
        using System.Text;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u)
            {
                var builder = new StringBuilder();
                builder.Append("user ").Append(u.Id).AppendLine().Append(u.Email);
                logger.LogInformation({|PII001:builder|}.ToString());
            }
        }
        """));

    [Fact]
    public Task Collections_anonymous_objects_tuples_and_linq_carry_taint() => Verify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u, List<User> users)
            {
                var list = new List<string> { "a" };
                list.Add(u.Email);
                logger.LogInformation("{List}", {|PII001:list|});
                logger.LogInformation("{Items}", new[] { {|PII001:u.Phone|} });
                logger.LogInformation("{Anon}", new { Mail = {|PII001:u.Email|} });
                logger.LogInformation("{Tuple}", ({|PII001:u.Email|}, u.Id));
                logger.LogInformation("{Emails}", users.Select(x => {|PII001:x.Email|}));
                object boxed = u.Phone;
                logger.LogInformation("{Boxed}", {|PII001:boxed|});
            }
        }
        """));

    [Fact]
    public Task Interprocedural_helper_returning_personal_data_warns() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            static string ContactOf(User u) => u.Email;
            static string Quote(string s) { var q = "'" + s + "'"; return q; }
            void Run(ILogger logger, User u)
            {
                logger.LogInformation("{Contact}", {|PII001:ContactOf(u)|});
                logger.LogInformation("{Quoted}", Quote({|PII001:u.Phone|}));
            }
        }
        """));

    [Fact]
    public Task Pii_parameter_scope_and_log_overloads_warn() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] string email, Exception error)
            {
                using var scope = logger.BeginScope("For {Email}", {|PII001:email|});
                logger.LogError(error, "Failed for {Email}", {|PII001:email|});
                logger.Log(LogLevel.Information, "x {E}", {|PII001:email|});
            }
        }
        """));

    [Fact]
    public Task Console_debug_and_trace_warn() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Diagnostics;
        class Service
        {
            void Run(User u)
            {
                Console.WriteLine({|PII001:u.Email|});
                Console.Out.WriteLine($"x {{|PII001:u.Phone|}}");
                Debug.WriteLine({|PII001:u.Email|});
                Trace.TraceInformation("{0}", {|PII001:u.Phone|});
            }
        }
        """));

    [Fact]
    public Task Destructured_object_and_printing_record_warn() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u, Applicant a)
            {
                logger.LogInformation("Signed in {@User}", {|PII001:u|});
                logger.LogInformation("Applied {Applicant}", {|PII001:a|});
                logger.LogInformation($"Applied {{|PII001:a|}}");
            }
        }
        """));

    [Fact]
    public Task Unclassified_logger_message_parameter_warns() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        static partial class Log
        {
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Signed in {Email}")]
            public static partial void SignedIn(ILogger logger, string email);
            public static partial void SignedIn(ILogger logger, string email) { }

            [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Signed in {Email}")]
            public static partial void SignedInClassified(ILogger logger, [Allio.PiiGuard.Pii] string email);
            public static partial void SignedInClassified(ILogger logger, string email) { }
        }
        class Service
        {
            void Run(ILogger logger, User u)
            {
                Log.SignedIn(logger, {|PII001:u.Email|});
                Log.SignedInClassified(logger, u.Email);
            }
        }
        """));

    [Fact]
    public Task Serilog_and_nlog_warn() => Verify.VerifyAsync(TestModel.With("""
        namespace Serilog
        {
            public interface ILogger { void Information(string messageTemplate, params object[] propertyValues); ILogger ForContext(string propertyName, object value, bool destructureObjects = false); }
            public static class Log { public static void Information<T>(string messageTemplate, T propertyValue) { } }
        }
        namespace NLog
        {
            public class Logger { public void Info(string message, params object[] args) { } }
        }
        class Service
        {
            void Run(Serilog.ILogger serilog, NLog.Logger nlog, User u)
            {
                serilog.Information("Signed in {Email}", {|PII001:u.Email|});
                serilog.ForContext("Email", {|PII001:u.Email|}).Information("x");
                Serilog.Log.Information("{@User}", {|PII001:u|});
                nlog.Info("Signed in {Email}", {|PII001:u.Phone|});
            }
        }
        """));

    [Fact]
    public Task Non_personal_members_of_personal_objects_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u)
            {
                logger.LogInformation("User {Id} {Login} {Length}", u.Id, u.Login, u.Email.Length);
                logger.LogInformation("Has mail: {HasMail}", u.Email.Contains('@'));
                logger.LogInformation("Empty: {Empty}", string.IsNullOrEmpty(u.Phone));
            }
        }
        """));

    [Fact]
    public Task Sanitized_values_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        class Service
        {
            [PiiSanitizer] static string Token(string value) => "t";
            void Run(ILogger logger, User u)
            {
                logger.LogInformation("{Email}", PiiRedact.Mask(u.Email, PiiKind.Email));
                logger.LogInformation("{Email}", Token(u.Email));
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(u.Email)));
                logger.LogInformation("{Hash}", hash);
                var masked = $"user {PiiRedact.Mask(u.Phone)}";
                logger.LogInformation(masked);
            }
        }
        """));

    [Fact]
    public Task Microsoft_redactor_is_a_sanitizer() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Compliance.Classification;
        using Microsoft.Extensions.Compliance.Redaction;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u, IRedactorProvider redactors, Redactor redactor)
            {
                logger.LogInformation("{Email}", redactor.Redact(u.Email));
                logger.LogInformation("{Phone}", redactors.GetRedactor(new DataClassification("t", "c")).Redact(u.Phone));
            }
        }
        """));

    [Fact]
    public Task Whole_class_object_without_destructuring_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u)
            {
                logger.LogInformation("Signed in {User}", u);
                logger.LogInformation("Signed in {Id}", u.Id);
            }
        }
        """));

    [Fact]
    public Task Unmarked_data_and_clean_helpers_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            static string Describe(User u) => "user #" + u.Id;
            void Run(ILogger logger, User u, string email)
            {
                logger.LogInformation("{Email}", email);
                logger.LogInformation("{Who}", Describe(u));
                Console.WriteLine(u.Login);
                var local = u.Email;
                logger.LogInformation("{Length}", local.Length);
            }
        }
        """));

    [Fact]
    public Task Non_sink_calls_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        class Sender { public void Send(string to) { } }
        class Service
        {
            void Run(Sender sender, User u, Dictionary<int, string> byId)
            {
                sender.Send(u.Email);
                byId[u.Id] = u.Phone;
                System.IO.TextWriter writer = System.IO.TextWriter.Null;
                writer.WriteLine(u.Email);
            }
        }
        """));

    [Fact]
    public Task Code_without_logging_library_is_clean() => Verify.VerifyAsync(TestModel.With("""
        namespace Other { public interface ILogger { void LogInformation(string m, params object[] a); } }
        class Service
        {
            void Run(Other.ILogger logger, User u) => logger.LogInformation("{E}", u.Email);
        }
        """));
}
