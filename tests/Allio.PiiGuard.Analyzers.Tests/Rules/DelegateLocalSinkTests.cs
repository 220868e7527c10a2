using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A delegate local whose reaching lambda or method passes its parameter to a sink is a sink for that argument.</summary>
public sealed class DelegateLocalSinkTests
{
    [Fact]
    public Task Delegate_locals_that_log_their_parameter_are_reported_at_the_invocation() => LogVerify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            private readonly ILogger _logger;
            public Service(ILogger logger) => _logger = logger;
            private void Write(string text) => _logger.LogError(text);

            void Run(ILogger logger, User c, Applicant a, bool verbose)
            {
                Action<string> write = s => logger.LogInformation("{S}", s);
                write({|PII001:c.Phone|});
                write.Invoke({|PII001:a.LastName|});
                write(c.Login);

                Action<string, int> audit = (what, code) => logger.LogWarning("{Code}", code);
                audit(c.Email, 3);

                Action<string> byMethod = Write;
                byMethod({|PII001:c.Email|});

                Action<string> maybe = s => { };
                if (verbose) maybe = s => logger.LogDebug(s);
                maybe({|PII001:c.Email|});
            }
        }
        """));

    [Fact]
    public Task Delegate_locals_whose_reaching_value_does_not_log_are_quiet() => LogVerify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User c)
            {
                Action<string> masked = s => logger.LogInformation(Allio.PiiGuard.PiiRedact.Mask(s));
                masked(c.Phone);

                Action<string> measured = s => logger.LogInformation("{N}", s.Length);
                measured(c.Phone);

                Action<string> replaced = s => logger.LogInformation(s);
                replaced = s => { };
                replaced(c.Email);

                Func<string, bool> check = s => s.Contains("@");
                check(c.Email);
            }
        }
        """));
}
