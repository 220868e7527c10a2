using Allio.PiiGuard.Generators.Tests.Infrastructure;
using Allio.PiiGuard.Generators.Tests.Samples;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Allio.PiiGuard.Generators.Tests;

/// <summary>The logger sink registered in DI and installed with UsePiiAudit receives generated hooks' events.</summary>
[Collection(AuditCollection.Name)]
public sealed class AuditSinkRegistrationTests
{
    [Fact]
    public void A_sink_registered_in_DI_logs_reads_without_values()
    {
        var provider = new MessageCollectingProvider();
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(provider))
            .AddPiiAuditSink<LoggerPiiAuditSink>()
            .BuildServiceProvider();
        services.UsePiiAudit();
        try
        {
            var applicant = new SampleApplicant { Passport = "4510 123456" };
            using (PiiAudit.BeginPurpose("hiring"))
            {
                _ = applicant.Passport;
            }
        }
        finally
        {
            PiiAudit.Sink = null;
        }

        Assert.Equal(
            [
                "PII Update Allio.PiiGuard.Generators.Tests.Samples.SampleApplicant.Passport (GovernmentId) for purpose (none)",
                "PII Retrieval Allio.PiiGuard.Generators.Tests.Samples.SampleApplicant.Passport (GovernmentId) for purpose hiring",
            ],
            provider.Messages);
        Assert.All(provider.Categories, static category => Assert.Equal(LoggerPiiAuditSink.Category, category));
    }

    private sealed class MessageCollectingProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public List<string> Categories { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(MessageCollectingProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                owner.Messages.Add(formatter(state, exception));
                owner.Categories.Add(category);
            }
        }
    }
}
