using Allio.PiiGuard.Analyzers.Flow.Tables;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.CrossBorderTransferAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>The built-in catalog of foreign SaaS SDKs: well-formed data, and matched by namespace and by host.</summary>
public sealed class KnownRecipientTableTests
{
    [Fact]
    public void Rows_have_unique_ids_country_codes_namespaces_and_hosts()
    {
        var rows = KnownRecipientTable.Rows;
        Assert.Equal(rows.Length, rows.Select(static r => r.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var row in rows)
        {
            Assert.Matches("^[a-z][a-z0-9-]*$", row.Id);
            Assert.Matches("^[A-Z]{2}$", row.Country);
            Assert.NotEmpty(row.Namespaces);
            Assert.NotEmpty(row.Hosts);
            Assert.All(row.Hosts, static host => Assert.DoesNotContain("/", host, StringComparison.Ordinal));
        }

        Assert.Subset(
            new HashSet<string>(rows.Select(static r => r.Id)),
            new HashSet<string> { "sentry", "segment", "mixpanel", "sendgrid", "twilio", "google-analytics", "firebase", "amplitude", "hubspot", "intercom", "salesforce", "stripe" });
    }

    [Fact]
    public Task Sdks_are_matched_by_namespace_and_the_most_specific_namespace_wins() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(User user, Sentry.Hub hub, Stripe.CustomerService customers, Twilio.Segment.Client segment, Twilio.Rest.MessageResource sms)
            {
                hub.CaptureMessage({|#0:user.Email|});
                customers.Create(new Stripe.CustomerCreateOptions { Email = {|#1:user.Email|} });
                segment.Track({|#2:user.Email|});
                sms.Create({|#3:user.Phone|});
            }
        }

        namespace Sentry { public class Hub { public void CaptureMessage(string message) { } } }
        namespace Stripe
        {
            public class CustomerCreateOptions { public string? Email { get; set; } }
            public class CustomerService { public void Create(CustomerCreateOptions options) { } }
        }
        namespace Twilio.Segment { public class Client { public void Track(string userId) { } } }
        namespace Twilio.Rest { public class MessageResource { public void Create(string to) { } } }
        """),
        TransferPolicies.Seed,
        Foreign(0, "sentry", "Sentry"),
        Foreign(1, "stripe", "Stripe"),
        Foreign(2, "segment", "Segment"),
        Foreign(3, "twilio", "Twilio", "'User.Phone'", "Phone"));

    [Fact]
    public Task Raw_http_calls_to_a_vendor_host() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            async System.Threading.Tasks.Task Run(HttpClient http, User user)
            {
                await http.PostAsJsonAsync("https://api.segment.io/v1/identify", new { email = {|#0:user.Email|} });
                await http.GetAsync($"https://api.mixpanel.com/engage?distinct_id={{|#1:user.Email|}}");
            }
        }
        """),
        TransferPolicies.Seed,
        Foreign(0, "segment", "Segment"),
        Foreign(1, "mixpanel", "Mixpanel"));

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Foreign(int location, string id, string vendor, string data = "'User.Email'", string kind = "Email") =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Analyzers.Rules.CrossBorderTransferAnalyzer.Rule)
            .WithLocation(location)
            .WithArguments(data, kind, id, " (" + vendor + " SDK)", "US", "forbids cross-border transfers (crossBorderTransfers: forbidden; jurisdiction RU)");
}
