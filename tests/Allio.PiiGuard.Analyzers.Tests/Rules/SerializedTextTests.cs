using ExceptionVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInExceptionAnalyzer>;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The JSON a serializer returns holds the object's members as the serializer writes them: logging it or putting it in an
/// exception sends them on. An object without personal members, or whose personal members the serializer ignores, does not.
/// </summary>
public sealed class SerializedTextTests
{
    private const string Model = """

        public sealed class Dispute
        {
            public int Id { get; set; }
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FinancialAccount)] public string Iban { get; set; } = "";
        }
        public sealed class QuietDispute
        {
            public int Id { get; set; }
            [System.Text.Json.Serialization.JsonIgnore]
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FinancialAccount)] public string Iban { get; set; } = "";
        }
        public sealed class Summary
        {
            public int Id { get; set; }
            public decimal Amount { get; set; }
        }
        """;

    [Fact]
    public Task Serialized_text_carries_the_members_it_writes() => LogVerify.VerifyAsync("""
        using System.Text.Json;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, Dispute dispute, QuietDispute quiet, Summary summary)
            {
                var json = JsonSerializer.Serialize(dispute);
                logger.LogDebug("Payload {Json}", {|PII001:json|});
                logger.LogDebug("Payload {Json}", JsonSerializer.Serialize({|PII001:dispute|}));
                logger.LogDebug("Payload {Json}", JsonSerializer.Serialize(quiet));
                logger.LogDebug("Payload {Json}", JsonSerializer.Serialize(summary));
            }
        }
        """ + Model);

    [Fact]
    public Task Serialized_text_in_an_exception_message_is_reported() => ExceptionVerify.VerifyAsync("""
        using System.Text.Json;
        class Service
        {
            void Run(Dispute dispute, Summary summary)
            {
                if (summary.Amount < 0) throw new System.InvalidOperationException("Bad " + JsonSerializer.Serialize(summary));
                throw new System.InvalidOperationException("Bad " + JsonSerializer.Serialize({|PII007:dispute|}));
            }
        }
        """ + Model);

    [Fact]
    public Task A_helper_of_another_file_returns_what_its_serializer_writes_of_the_view_it_builds() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using Microsoft.Extensions.Logging;
                class Endpoint
                {
                    void Run(ILogger logger, Publisher publisher, Dispute dispute)
                    {
                        logger.LogInformation("Feed {Feed}", publisher.Feed(dispute));
                        logger.LogInformation("Full {Feed}", {|PII001:publisher.Full(dispute)|});
                    }
                }
                """,
                """
                using System.Text.Json;
                class Publisher
                {
                    public string Feed(Dispute dispute)
                    {
                        var view = new QuietDispute { Id = dispute.Id, Iban = dispute.Iban };
                        var feed = JsonSerializer.Serialize(view);
                        return feed;
                    }

                    public string Full(Dispute dispute)
                    {
                        var view = new Dispute { Id = dispute.Id, Iban = dispute.Iban };
                        return JsonSerializer.Serialize(view);
                    }
                }
                """ + Model,
            },
        },
    }.RunAsync();
}
