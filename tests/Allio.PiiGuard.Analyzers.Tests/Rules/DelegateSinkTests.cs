using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A delegate field or property whose stored lambda or method passes its parameter to a sink is a sink for that argument.</summary>
public sealed class DelegateSinkTests
{
    [Fact]
    public Task Delegate_members_that_log_their_parameter_are_reported_at_the_invocation() => LogVerify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            private readonly ILogger _logger;
            private readonly Action<string> _sink;
            private Action<string, int> Audit { get; }
            private readonly Action<string> _byMethod;

            public Service(ILogger logger)
            {
                _logger = logger;
                _sink = m => _logger.LogInformation(m);
                Audit = (what, code) => _logger.LogWarning("{What} {Code}", what, code);
                _byMethod = Write;
            }

            private void Write(string text) => _logger.LogError(text);

            void Run(Applicant c, User u)
            {
                _sink({|PII001:c.LastName|});
                _sink.Invoke({|PII001:u.Email|});
                Audit({|PII001:u.Phone|}, 3);
                _byMethod({|PII001:u.Email|});
            }
        }
        """));

    [Fact]
    public Task Delegate_members_that_mask_measure_or_drop_their_parameter_are_quiet() => LogVerify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            private readonly ILogger _logger;
            private readonly Action<string> _masked;
            private readonly Action<string, int> _countOnly;
            private readonly Action<string> _sink;
            private readonly Func<string, bool> _check = s => s.Contains("@");

            public Service(ILogger logger)
            {
                _logger = logger;
                _masked = m => _logger.LogInformation(Allio.PiiGuard.PiiRedact.Mask(m));
                _countOnly = (m, n) => _logger.LogInformation("{N} {Length}", n, m.Length);
                _sink = m => _logger.LogInformation(m);
            }

            void Run(Applicant c, User u, Action<string> passed)
            {
                _masked(c.LastName);
                _countOnly(u.Email, 2);
                _sink("user " + u.Id);
                _check(u.Email);
                passed(u.Email);
            }
        }
        """));
}
