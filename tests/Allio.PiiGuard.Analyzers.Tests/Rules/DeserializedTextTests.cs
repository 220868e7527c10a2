using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Text that a library deserializer reads into a type holding personal data: a raw message body.</summary>
public sealed class DeserializedTextTests
{
    private const string Escalation = """

        public sealed class Escalation
        {
            public int ClientId { get; set; }
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] public string PhoneNumber { get; set; } = "";
        }

        public sealed class Heartbeat
        {
            public int NodeId { get; set; }
            public string Status { get; set; } = "";
        }

        public sealed class QueueMessage
        {
            public string MessageId { get; set; } = "";
            public byte[] Body { get; set; } = [];
            public string Text { get; set; } = "";
        }
        """;

    [Fact]
    public Task Raw_text_read_into_a_personal_type_is_reported() => LogVerify.VerifyAsync("""
        using System.Text;
        using System.Text.Json;
        using Microsoft.Extensions.Logging;
        class Processor
        {
            void Handle(ILogger logger, QueueMessage message)
            {
                var json = Encoding.UTF8.GetString(message.Body);
                logger.LogTrace("Raw body {Body}", {|PII001:json|});
                var escalation = JsonSerializer.Deserialize<Escalation>(json);
                logger.LogInformation("Escalation for {ClientId}", escalation?.ClientId);
            }

            void Drain(ILogger logger, QueueMessage[] pending)
            {
                foreach (var message in pending)
                {
                    var escalation = JsonSerializer.Deserialize<Escalation>(message.Text);
                    logger.LogDebug("Payload {Payload}", {|PII001:message.Text|});
                    logger.LogDebug("Message {Id}", message.MessageId);
                }
            }

            void Replay(ILogger logger, string payload)
            {
                logger.LogDebug("Replaying {Payload}", {|PII001:payload|});
                _ = JsonSerializer.Deserialize<Escalation>(payload, JsonSerializerOptions.Web);
            }
        }
        """ + Escalation);

    [Fact]
    public Task Raw_text_of_other_types_and_what_is_said_of_it_stay_quiet() => LogVerify.VerifyAsync("""
        using System.Text;
        using System.Text.Json;
        using Microsoft.Extensions.Logging;
        class Processor
        {
            void Handle(ILogger logger, QueueMessage message)
            {
                var json = Encoding.UTF8.GetString(message.Body);
                logger.LogTrace("Raw body {Body}", json);
                var beat = JsonSerializer.Deserialize<Heartbeat>(json);
                logger.LogInformation("Node {NodeId}", beat?.NodeId);
            }

            void Sized(ILogger logger, QueueMessage message)
            {
                var json = Encoding.UTF8.GetString(message.Body);
                logger.LogTrace("Body of {Length} characters", json.Length);
                var escalation = JsonSerializer.Deserialize<Escalation>(json);
                logger.LogInformation("Escalation for {ClientId}", escalation?.ClientId);
            }
        }
        """ + Escalation);
}
