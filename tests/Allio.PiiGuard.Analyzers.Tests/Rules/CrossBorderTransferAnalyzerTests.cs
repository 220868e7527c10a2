using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.CrossBorderTransferAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class CrossBorderTransferAnalyzerTests
{
    /// <summary>One piece of code sent to each kind of recipient; the policy decides which sends are errors.</summary>
    private const string SendsEverywhere = """
        class Service
        {
            void Run(Outbox outbox, AnalyticsClient analytics, User user)
            {
                outbox.ToRightsHolder({|#0:user.Email|});
                analytics.Track("signup", {|#1:user.Email|});
                outbox.ToKazakhPartner({|#2:user.Email|});
                outbox.ToMailer({|#3:user.Email|});
            }
        }
        """;

    private const string Forbidden = "forbids cross-border transfers (crossBorderTransfers: forbidden; jurisdiction RU)";

    private static DiagnosticResult Transfer(int location, string recipient, string country, string rule, string data = "'User.Email'", string kind = "Email", string vendor = "") =>
        new DiagnosticResult(CrossBorderTransferAnalyzer.Rule).WithLocation(location).WithArguments(data, kind, recipient, vendor, country, rule);

    private static string Declared(string country, string basis) =>
        $"allows cross-border transfers only to adequate countries or on consent (crossBorderTransfers: declared; jurisdiction RU; {country} is not in adequateCountries; legalBasis: {basis})";

    // ---- positive: the same code under several policies ----

    [Fact]
    public Task Forbidden_policy_reports_every_foreign_recipient() => Verify.VerifyAsync(
        TransferModel.With(SendsEverywhere),
        TransferPolicies.Seed,
        Transfer(1, "us-analytics", "US", Forbidden),
        Transfer(2, "kz-partner", "KZ", Forbidden),
        Transfer(3, "de-mailer", "DE", Forbidden));

    [Fact]
    public Task Declared_policy_reports_only_a_non_adequate_country_without_consent() => Verify.VerifyAsync(
        TransferModel.With(SendsEverywhere),
        TransferPolicies.Create(transfers: "declared"),
        Transfer(1, "us-analytics", "US", Declared("US", "contract")));

    [Fact]
    public Task German_jurisdiction_makes_the_Russian_recipient_foreign() => Verify.VerifyAsync(
        TransferModel.With(SendsEverywhere),
        TransferPolicies.Create(jurisdiction: "DE"),
        Transfer(0, "rights-holder", "RU", "forbids cross-border transfers (crossBorderTransfers: forbidden; jurisdiction DE)"),
        Transfer(1, "us-analytics", "US", "forbids cross-border transfers (crossBorderTransfers: forbidden; jurisdiction DE)"),
        Transfer(2, "kz-partner", "KZ", "forbids cross-border transfers (crossBorderTransfers: forbidden; jurisdiction DE)"));

    [Fact]
    public Task Marked_parameter_and_whole_object() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(Outbox outbox, AnalyticsClient analytics, User user)
            {
                outbox.Send({|#0:user.Phone|}, "note");
                analytics.Track("signup", {|#1:user|});
            }
        }
        """),
        TransferPolicies.Seed,
        Transfer(0, "us-analytics", "US", Forbidden, "'User.Phone'", "Phone"),
        Transfer(1, "us-analytics", "US", Forbidden, "'User.Email' in whole 'User'"));

    [Fact]
    public Task Http_call_to_a_host_the_policy_maps() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            async System.Threading.Tasks.Task Run(HttpClient http, User user)
            {
                await http.PostAsJsonAsync("https://api.analytics.example.com/v1/track", {|#0:user|});
                await http.GetAsync($"https://api.analytics.example.com/v1/find?email={{|#1:user.Email|}}");
            }
        }
        """),
        TransferPolicies.Seed,
        Transfer(0, "us-analytics", "US", Forbidden, "'User.Email' in whole 'User'"),
        Transfer(1, "us-analytics", "US", Forbidden));

    [Fact]
    public Task Http_client_with_a_literal_base_address_and_built_content() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            async System.Threading.Tasks.Task Run(User user)
            {
                var http = new HttpClient { BaseAddress = new Uri("https://api.analytics.example.com/") };
                var content = new StringContent(System.Text.Json.JsonSerializer.Serialize({|#0:user|}));
                await http.PostAsync("v1/track", {|#1:content|});
            }
        }
        """),
        TransferPolicies.Seed,
        Transfer(1, "us-analytics", "US", Forbidden, "'User.Email' in whole 'User'"));

    [Fact]
    public Task Http_request_message_to_a_mapped_host() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            async System.Threading.Tasks.Task Run(HttpClient http, User user)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "https://api.analytics.example.com/v1/track")
                {
                    Content = JsonContent.Create(user.Email),
                };
                await http.SendAsync({|#0:request|});
            }
        }
        """),
        TransferPolicies.Seed,
        Transfer(0, "us-analytics", "US", Forbidden));

    [Fact]
    public Task Http_request_message_to_a_computed_address_without_initializer_is_no_transfer_and_no_crash() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            static string Link(User user) => "https://example.com/unsubscribe/" + user.Id;

            async System.Threading.Tasks.Task Run(HttpClient http, User user)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, Link(user));
                request.Headers.Add("X-Recipient", user.Email);
                await http.SendAsync(request);
            }
        }
        """),
        TransferPolicies.Seed);

    [Fact]
    public Task Well_known_foreign_sdk_counts_as_a_recipient_in_its_country() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(Segment.Analytics segment, User user) => segment.Track({|#0:user.Email|}, "signup");
        }
        """),
        TransferPolicies.Seed,
        Transfer(0, "segment", "US", Forbidden, vendor: " (Segment SDK)"));

    [Fact]
    public Task Well_known_sdk_under_declared_transfers_has_no_legal_basis() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(Segment.Analytics segment, User user) => segment.Track({|#0:user.Email|}, "signup");
        }
        """),
        TransferPolicies.Create(transfers: "declared"),
        Transfer(0, "segment", "US", Declared("US", "none, the recipient is not declared"), vendor: " (Segment SDK)"));

    [Fact]
    public Task Local_and_interpolation_carry_the_data_to_the_recipient() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(AnalyticsClient analytics, User user)
            {
                var label = $"{user.LastName} <{user.Email}>";
                analytics.Track("signup", {|#0:label|});
            }
        }
        """),
        TransferPolicies.Seed,
        Transfer(0, "us-analytics", "US", Forbidden, "'User.LastName'", "LastName"));

    // ---- negative ----

    [Fact]
    public Task Declared_policy_with_consent_allows_the_transfer() => Verify.VerifyAsync(
        TransferModel.With(SendsEverywhere.Replace("{|#1:user.Email|}", "user.Id.ToString()")),
        TransferPolicies.Create(transfers: "declared"));

    [Fact]
    public Task Declared_policy_with_consent_for_the_US_recipient() => Verify.VerifyAsync(
        TransferModel.With(SendsEverywhere),
        TransferPolicies.Create(transfers: "declared", legalBasis: "consent"));

    [Fact]
    public Task Declared_policy_with_the_US_adequate() => Verify.VerifyAsync(
        TransferModel.With(SendsEverywhere),
        TransferPolicies.Create(transfers: "declared", adequate: "\"US\", \"KZ\""));

    [Fact]
    public Task Without_a_policy_the_rule_is_silent() => Verify.VerifyAsync(TransferModel.With(SendsEverywhere));

    [Fact]
    public Task Domestic_recipient_under_a_US_jurisdiction() => Verify.VerifyAsync(
        TransferModel.With("""
            class Service
            {
                void Run(AnalyticsClient analytics, Segment.Analytics segment, User user)
                {
                    analytics.Track("signup", user.Email);
                    segment.Track(user.Email, "signup");
                }
            }
            """),
        TransferPolicies.Create(jurisdiction: "US"));

    [Fact]
    public Task Non_personal_and_sanitized_values_are_not_transfers_of_personal_data() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(AnalyticsClient analytics, Segment.Analytics segment, User user)
            {
                analytics.Track(user.Id.ToString(), user.Email.Length);
                segment.Track(Hashing.Hash(user.Email), "signup");
            }
        }
        """),
        TransferPolicies.Seed);

    [Fact]
    public Task Http_call_to_an_unmapped_host_is_not_a_known_transfer() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            async System.Threading.Tasks.Task Run(HttpClient http, User user)
            {
                await http.PostAsJsonAsync("https://crm.allio.ru/api/users", user);
                await http.PostAsJsonAsync("v1/users", user);
            }
        }
        """),
        TransferPolicies.Seed);

    [Fact]
    public Task Policy_declaring_the_vendor_in_Russia_wins_over_the_catalog() => Verify.VerifyAsync(
        TransferModel.With("""
            class Service
            {
                void Run(Segment.Analytics segment, User user) => segment.Track(user.Email, "signup");
            }
            """),
        TransferPolicies.Create(extraRecipients: """
            ,
            { "id": "segment", "country": "RU", "legalBasis": "consent", "kinds": ["Email"], "purposes": ["marketing"] }
            """));

    [Fact]
    public Task The_recipient_type_calling_itself_is_one_transfer_not_two() => Verify.VerifyAsync(
        TransferModel.With("class Service { }"),
        TransferPolicies.Seed);
}
