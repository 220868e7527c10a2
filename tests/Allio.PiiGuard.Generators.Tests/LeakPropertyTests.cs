using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Allio.PiiGuard.Generators.Tests.Infrastructure;
using Allio.PiiGuard.Generators.Tests.Samples;
using Microsoft.Extensions.Logging;

namespace Allio.PiiGuard.Generators.Tests;

/// <summary>
/// Property test: random personal values pushed through every generated output (ToString, AppendRedacted,
/// redacting JSON, audit events, the logger sink) never come out raw.
/// </summary>
[Collection(AuditCollection.Name)]
public sealed class LeakPropertyTests
{
    private const int Iterations = 300;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@.+-_ абвгдеж";

    [Fact]
    public void Random_personal_values_never_appear_in_any_output()
    {
        var random = new Random(20261124);
        var reflectionJson = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { PiiJson.RedactingModifier } } };
        var generatedJson = new JsonSerializerOptions
        {
            TypeInfoResolver = SampleJsonContext.Default.WithAddedModifier(PiiJson.CreateRedactingModifier(StarRedactorProvider.Instance)),
        };
        var sink = new InMemoryPiiAuditSink();
        var logger = new CapturingLogger();
        PiiAudit.Sink = new FanOutSink(sink, new LoggerPiiAuditSink(logger));
        try
        {
            for (var i = 0; i < Iterations; i++)
            {
                var secrets = new[] { Text(random), Text(random), Text(random), Text(random), Text(random), Text(random) };
                var salary = random.Next(10_000_000, 99_999_999);
                var customer = new SampleCustomer
                {
                    Id = i,
                    Email = secrets[0],
                    Phone = secrets[1],
                    Salary = salary,
                    Address = new SampleAddress { Street = secrets[2], Country = "RU" },
                    Previous = [new SampleAddress { Street = secrets[3], Country = "KZ" }],
                };
                var applicant = new SampleApplicant { Passport = secrets[4], Health = secrets[5] };
                using (PiiAudit.BeginPurpose("hiring"))
                {
                    _ = applicant.Passport + applicant.Health;
                }

                var builder = new StringBuilder();
                customer.AppendRedacted(builder, StarRedactorProvider.Instance);
                applicant.AppendRedacted(builder, null);
                var outputs = new List<string>
                {
                    customer.ToString(),
                    customer.ToString(StarRedactorProvider.Instance),
                    applicant.ToString(),
                    applicant.ToString(StarRedactorProvider.Instance),
                    builder.ToString(),
                    JsonSerializer.Serialize(customer, reflectionJson),
                    JsonSerializer.Serialize(customer, generatedJson),
                };
                _ = customer.ExportPersonalData();
                _ = applicant.ErasePersonalData();
                outputs.AddRange(sink.Events.Select(static e => $"{e} {e.Member} {e.Purpose} {e.Type}"));
                outputs.AddRange(logger.Messages);

                foreach (var output in outputs)
                {
                    foreach (var secret in secrets.Append(salary.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        Assert.False(output.Contains(secret, StringComparison.Ordinal), $"'{secret}' leaked into: {output}");
                    }
                }

                sink.Clear();
                logger.Messages.Clear();
            }
        }
        finally
        {
            PiiAudit.Sink = null;
        }

        Assert.Empty(logger.Messages);
    }

    [Fact]
    public void Audited_properties_report_action_member_kind_and_purpose()
    {
        var sink = new InMemoryPiiAuditSink();
        PiiAudit.Sink = sink;
        try
        {
            var applicant = new SampleApplicant { Passport = "4510 123456" };
            using (PiiAudit.BeginPurpose("hiring"))
            {
                _ = applicant.Passport;
            }

            var erased = applicant.ErasePersonalData();

            Assert.Equal(["Passport", "Health"], erased);
            Assert.Equal(PiiErasure.StringTombstone, applicant.Passport);
            Assert.Collection(
                sink.Events.Take(4),
                static e => Assert.Equal((PiiAction.Update, "Passport", PiiKind.GovernmentId, (string?)null), (e.Action, e.Member, e.Kind, e.Purpose)),
                static e => Assert.Equal((PiiAction.Retrieval, "Passport", PiiKind.GovernmentId, (string?)"hiring"), (e.Action, e.Member, e.Kind, e.Purpose)),
                static e => Assert.Equal((PiiAction.Erasure, "Passport"), (e.Action, e.Member)),
                static e => Assert.Equal((PiiAction.Erasure, "Health", PiiKind.Health), (e.Action, e.Member, e.Kind)));
        }
        finally
        {
            PiiAudit.Sink = null;
        }
    }

    [Fact]
    public void With_no_sink_hooks_run_and_record_nothing()
    {
        PiiAudit.Sink = null;
        var applicant = new SampleApplicant { Passport = "x" };

        Assert.Equal("x", applicant.Passport);
        Assert.Equal("SampleApplicant { Passport = [redacted:GovernmentId], Health = [redacted:Health] }", applicant.ToString());
    }

    private static string Text(Random random)
    {
        var chars = new char[random.Next(8, 25)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    private sealed class FanOutSink(params IPiiAuditSink[] sinks) : IPiiAuditSink
    {
        public void Record(in PiiAuditEvent auditEvent)
        {
            foreach (var sink in sinks)
            {
                sink.Record(auditEvent);
            }
        }
    }

    private sealed class CapturingLogger : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Messages.Add(formatter(state, exception) + " " + string.Join(",", (state as IEnumerable<KeyValuePair<string, object?>>) ?? []));
    }
}
