using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// An unmarked property that every constructor of its class copies from one of its parameters (<c>ErrorMessage =
/// errorMessage</c>, or a primary constructor's parameter) holds what the construction was given for it, when the
/// object can be traced to its construction; an object from elsewhere assumes nothing.
/// </summary>
public sealed class ConstructorArgumentTests
{
    /// <summary>A hand-written validation failure that copies both of its constructor's parameters.</summary>
    private const string Failure = """

        public sealed class Failure
        {
            public Failure(string propertyName, string errorMessage)
            {
                PropertyName = propertyName;
                ErrorMessage = errorMessage;
            }

            public string PropertyName { get; }
            public string ErrorMessage { get; }
        }
        """;

    [Fact]
    public Task A_property_copied_from_a_constructor_parameter_holds_its_argument() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        public sealed class Notice(int code, string text)
        {
            public int Code { get; } = code;
            public string Text { get; } = text;
        }
        class Checks
        {
            void Run(ILogger logger, User user, Failure given)
            {
                var failure = new Failure("Email", $"'{user.Email}' is not valid");
                logger.LogInformation("{Error}", {|PII001:failure|}.ErrorMessage);
                logger.LogInformation("{Field}", failure.PropertyName);

                var notice = new Notice(7, user.Phone);
                logger.LogInformation("{Text}", {|PII001:notice|}.Text);
                logger.LogInformation("{Code}", notice.Code);

                logger.LogInformation("{Error}", given.ErrorMessage);
            }
        }
        """ + Failure));

    [Fact]
    public Task Failures_returned_by_a_validator_carry_their_messages() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        class Validator
        {
            public List<Failure> Validate(User user)
            {
                var failures = new List<Failure>();
                if (user.Email.Length < 3)
                {
                    failures.Add(new Failure("Email", $"'{user.Email}' is not valid"));
                }

                failures.Add(new Failure("Phone", "too short"));
                return failures;
            }
        }
        class Endpoint
        {
            void Register(ILogger logger, User user)
            {
                var failures = new Validator().Validate(user);
                logger.LogInformation("{Errors}", string.Join(" | ", {|PII001:failures|}.Select(f => f.ErrorMessage)));
                logger.LogInformation("{Fields}", string.Join(",", failures.Select(f => f.PropertyName)));
            }
        }
        """ + Failure));

    [Fact]
    public Task Items_of_a_filled_list_keep_their_copied_properties() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        public sealed class Failure
        {
            public Failure(string propertyName, string errorMessage) => (PropertyName, ErrorMessage) = (propertyName, errorMessage);
            public string PropertyName { get; }
            public string ErrorMessage { get; }
        }
        class Endpoint
        {
            void Register(ILogger logger, User user)
            {
                var failures = new List<Failure>();
                failures.Add(new Failure("Email", $"'{user.Email}' is not valid"));
                var array = new[] { new Failure("Phone", user.Phone) };
                var listed = new List<Failure> { new Failure("Phone", user.Phone) };
                Failure[] expressed = [new Failure("Phone", user.Phone), .. array];
                logger.LogInformation("{Errors}", {|PII001:failures|}[0].ErrorMessage);
                logger.LogInformation("{Errors}", {|PII001:failures|}.First().ErrorMessage);
                logger.LogInformation("{Errors}", {|PII001:array|}[0].ErrorMessage);
                logger.LogInformation("{Errors}", {|PII001:listed|}[0].ErrorMessage);
                logger.LogInformation("{Errors}", {|PII001:expressed|}[0].ErrorMessage);
                foreach (var f in failures)
                {
                    logger.LogInformation("{Errors}", {|PII001:f|}.ErrorMessage);
                    logger.LogInformation("{Field}", f.PropertyName);
                }

                logger.LogInformation("{Field}", failures[0].PropertyName);
                logger.LogInformation("{Field}", array[0].PropertyName);
                logger.LogInformation("{Field}", listed[0].PropertyName);
                logger.LogInformation("{Field}", expressed[0].PropertyName);
            }
        }
        """));

    [Fact]
    public Task A_result_factory_in_another_file_copies_what_it_was_given() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                TestModel.With("""
                    using Microsoft.Extensions.Logging;
                    class Lookup
                    {
                        void Run(ILogger logger, User user, bool found)
                        {
                            var failed = Result<User>.Failure($"No account for {user.Email}");
                            logger.LogWarning("Lookup failed: {Error}", {|PII001:failed|}.Error);
                            logger.LogWarning("Lookup ok: {Ok}", failed.Ok);
                            var plain = Result<User>.Failure("No account");
                            logger.LogWarning("Lookup failed: {Error}", plain.Error);
                            var succeeded = Result<User>.Success(user);
                            logger.LogInformation("Lookup error: {Error}", succeeded.Error);
                            var reported = Reports.Of(user);
                            logger.LogInformation("Report: {Title} {Contact}", reported.Title, {|PII001:reported|}.Contact);
                            var cached = Reports.Cached();
                            logger.LogInformation("Report: {Contact}", cached.Contact);
                        }
                    }
                    """),
                ("/Result.cs", """
                    public sealed record Result<T>(bool Ok, T? Value, string? Error)
                    {
                        public static Result<T> Success(T value) => new(true, value, null);
                        public static Result<T> Failure(string error) => new(false, default, error);
                    }

                    public sealed class Report
                    {
                        public string Title { get; set; } = "";
                        public string Contact { get; set; } = "";
                    }

                    public static class Reports
                    {
                        private static readonly Report Stored = new();
                        public static Report Of(User user) => new Report { Title = "Account", Contact = user.Phone };
                        public static Report Cached() => Stored;
                    }
                    """),
            },
        },
    }.RunAsync();

    [Fact]
    public Task Nothing_is_assumed_where_the_copy_is_not_certain() => LogVerify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        public sealed class TwoWays
        {
            public TwoWays(string text) { Text = text; }
            public TwoWays(string text, int code) { Text = "code " + code; }
            public string Text { get; }
        }
        public sealed class Trimmed
        {
            public Trimmed(string text)
            {
                Text = text;
                Text = "hidden";
            }
            public string Text { get; }
        }
        public sealed record Masked(string Label)
        {
            public string Label { get; init; } = "anonymous";
        }
        class Checks
        {
            void Run(ILogger logger, User user)
            {
                logger.LogInformation("{Text}", new TwoWays(user.Email).Text);
                logger.LogInformation("{Text}", new Trimmed(user.Email).Text);
                logger.LogInformation("{Label}", new Masked(user.Email).Label);
            }
        }
        """));

    [Fact]
    public Task Groups_hold_the_items_they_group() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        public sealed class Failure
        {
            public Failure(string propertyName, string errorMessage) { PropertyName = propertyName; ErrorMessage = errorMessage; }
            public string PropertyName { get; }
            public string ErrorMessage { get; }
        }
        class Endpoint
        {
            void Register(ILogger logger, User user)
            {
                var failures = new List<Failure> { new Failure("Email", $"'{user.Email}' is not valid") };
                logger.LogInformation("{Error}", {|PII001:failures|}.GroupBy(f => f.PropertyName).First().First().ErrorMessage);
                logger.LogInformation("{Field}", failures.GroupBy(f => f.PropertyName).First().First().PropertyName);
                var lookup = failures.ToLookup(f => f.PropertyName, f => f.ErrorMessage);
                logger.LogInformation("{Error}", {|PII001:lookup|}.First().First());
                var codes = failures.GroupBy(f => f.PropertyName, f => f.PropertyName.Length);
                logger.LogInformation("{Code}", codes.First().First());
                logger.LogInformation("{Field}", failures.GroupBy(f => f.PropertyName).First().Key);
                logger.LogInformation("{Error}", failures.GroupBy(f => {|PII001:f|}.ErrorMessage).First().Key);
            }
        }
        """));
}
