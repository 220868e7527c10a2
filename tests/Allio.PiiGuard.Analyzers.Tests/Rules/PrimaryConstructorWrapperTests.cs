using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A wrapper in another file whose logger is a captured primary-constructor parameter or a field, forwarding a message or a <c>params</c> array.</summary>
public sealed class PrimaryConstructorWrapperTests
{
    private const string AppLog = """
        using Microsoft.Extensions.Logging;
        public sealed class AppLog(ILogger<AppLog> logger)
        {
            public void Info(string message) => logger.LogInformation(message);
            public void Warn(string template, params object?[] args) => logger.LogWarning(template, args);
            public void Count(string template, params object?[] args) => logger.LogWarning(template, args.Length);
        }
        """;

    private const string FieldLog = """
        using Microsoft.Extensions.Logging;
        public sealed class FieldLog
        {
            private readonly ILogger _l;
            public FieldLog(ILogger l) => _l = l;
            public void Warn(string template, params object?[] args) => _l.LogWarning(template, args);
            public void Info(string message)
            {
                _l.LogInformation(message);
            }
        }
        """;

    [Fact]
    public Task Primary_constructor_logger_wrapper_in_another_file_is_reported_at_the_call()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            class Service
            {
                void Run(AppLog appLog, User c)
                {
                    appLog.Info($"Customer {{|PII001:c.Email|}} subscribed");
                    appLog.Warn("Phone changed to {Phone}", {|PII001:c.Phone|});
                    appLog.Info($"Customer {c.Id}");
                    appLog.Warn("Customer {Id}", c.Id);
                    appLog.Count("Changed {N}", c.Phone);
                }
            }
            """));
        test.TestState.Sources.Add(AppLog);
        return test.RunAsync();
    }

    [Fact]
    public Task Field_logger_wrapper_forwarding_params_in_another_file_is_reported_at_the_call()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            class Service
            {
                void Run(FieldLog log, User c)
                {
                    log.Warn("Phone changed to {Phone}", {|PII001:c.Phone|});
                    log.Warn("Changed {Id} {Phone}", c.Id, {|PII001:c.Phone|});
                    log.Info($"Customer {{|PII001:c.Email|}}");
                    log.Warn("Customer {Id}", c.Id);
                }
            }
            """));
        test.TestState.Sources.Add(FieldLog);
        return test.RunAsync();
    }

    [Fact]
    public Task Primary_constructor_wrapper_reports_inferred_members()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add("""
            public class Customer { public int Id { get; set; } public string Email { get; set; } = ""; public string Tier { get; set; } = ""; }
            class Service
            {
                void Run(AppLog appLog, Customer u)
                {
                    appLog.Info($"Customer {{|PII001:u.Email|}} subscribed");
                    appLog.Warn("Mail {Mail}", {|PII001:u.Email|});
                    appLog.Info($"Customer {u.Id} {u.Tier}");
                }
            }
            """);
        test.TestState.Sources.Add(AppLog);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }
}
