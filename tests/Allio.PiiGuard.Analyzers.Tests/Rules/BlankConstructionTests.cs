using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Whole objects written after a construction that left every personal member at its blank default, or copies in a
/// projection that replaced every personal member.
/// </summary>
public sealed class BlankConstructionTests
{
    private const string Offer = """

        public sealed class Offer
        {
            public int OfferId { get; set; }
            public decimal Amount { get; set; }
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] public string BuyerEmail { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string? BuyerName { get; set; }
        }

        public sealed class Filled
        {
            public Filled() { Name = System.Environment.UserName; }
            public int Id { get; set; }
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string Name { get; set; }
        }

        public sealed class Defaulted
        {
            public int Id { get; set; }
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string Name { get; set; } = System.Environment.UserName;
        }

        public sealed record Stat(int PlayerId, [property: Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] string PlayerName, int Goals);

        static class Mask
        {
            public static string Initials(string name) => name.Length > 0 ? name[..1] : "";
        }
        """;

    [Fact]
    public Task A_new_object_leaving_every_personal_member_blank_is_quiet() => LogVerify.VerifyAsync("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, Offer offer)
            {
                var anonymised = new Offer { OfferId = offer.OfferId, Amount = offer.Amount };
                logger.LogInformation("Decision {@Offer}", anonymised);
                logger.LogInformation("Decision {@Offer}", new Offer { OfferId = offer.OfferId });
                logger.LogInformation("Masked {@Offer}", new Offer { OfferId = 2, BuyerEmail = "***", BuyerName = "[redacted]" });
            }
        }
        """ + Offer);

    [Fact]
    public Task A_new_object_given_or_defaulting_to_personal_data_stays_reported() => LogVerify.VerifyAsync("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, Offer offer)
            {
                var kept = new Offer { OfferId = offer.OfferId, BuyerEmail = offer.BuyerEmail };
                logger.LogInformation("Decision {@Offer}", {|PII001:kept|});
                logger.LogInformation("{@Filled}", {|PII001:new Filled { Id = 1 }|});
                logger.LogInformation("{@Defaulted}", {|PII001:new Defaulted { Id = 1 }|});
                logger.LogInformation("Sample {@Offer}", {|PII001:new Offer { OfferId = 1, BuyerName = "Sam Doe" }|});
                logger.LogInformation("Sample {@Stat}", {|PII001:new Stat(1, "Sam Doe", 3)|});
                logger.LogInformation("Masked {@Stat}", new Stat(1, "[redacted]", 3));
                logger.LogInformation("Masked {@Stat}", new Stat(1, Mask.Initials(offer.BuyerEmail), 3));
                var passed = new Offer { OfferId = 1 };
                Fill(passed, offer);
                logger.LogInformation("Decision {@Offer}", {|PII001:passed|});
            }

            static void Fill(Offer target, Offer source) => target.BuyerName = source.BuyerName;
        }
        """ + Offer);

    [Fact]
    public Task Copies_in_a_projection_that_replace_every_personal_member_are_quiet() => LogVerify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, IReadOnlyList<Stat> stats)
            {
                var anonymous = stats.Select(s => s with { PlayerName = Mask.Initials(s.PlayerName) }).ToList();
                logger.LogDebug("Anonymised stats {@Stats}", anonymous);
                logger.LogDebug("Raw stats {@Stats}", {|PII001:stats.ToList()|});
                var renamed = stats.Select(s => s with { Goals = 0 }).ToList();
                logger.LogDebug("Stats {@Stats}", {|PII001:renamed|});
            }
        }
        """ + Offer);

    [Fact]
    public Task A_member_given_a_new_object_in_a_copy_leaves_that_objects_other_members_blank() => LogVerify.VerifyAsync("""
        using Microsoft.Extensions.Logging;
        public sealed class Address
        {
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.PostalAddress)] public string Line1 { get; set; } = "";
            public string Postcode { get; set; } = "";
            public override string ToString() => Line1 + ", " + Postcode;
        }

        public sealed record Join(int Id, Address Home);

        class Service
        {
            void Run(ILogger logger, Join request)
            {
                var masked = request with { Home = new Address { Postcode = "SW1" } };
                logger.LogInformation("Join {@Request}", masked);
                var filled = request with { Home = new Address { Postcode = "SW1" } };
                filled.Home.Line1 = request.Home.Line1;
                logger.LogInformation("Join {@Request}", {|PII001:filled|});
                var kept = request with { Home = new Address { Line1 = request.Home.Line1 } };
                logger.LogInformation("Join {@Request}", {|PII001:kept|});
                var printed = request with { Home = new Address { Postcode = "SW1" } };
                logger.LogInformation("Join {Request}", printed);
            }
        }
        """);
}
