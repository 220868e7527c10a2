using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UndeclaredRecipientAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class UndeclaredRecipientAnalyzerTests
{
    /// <summary>Sends to the domestic recipient: its kinds and purposes decide.</summary>
    private const string ToRightsHolder = """
        class Service
        {
            void Register(Outbox outbox, User user)
            {
                outbox.ToRightsHolder({|#0:user.LastName|});
                outbox.ToRightsHolder({|#1:user.Phone|});
            }
        }
        """;

    private static DiagnosticResult Undeclared(int location, string data, string kind, string recipient, string problem, string vendor = "") =>
        new DiagnosticResult(UndeclaredRecipientAnalyzer.Rule).WithLocation(location).WithArguments(data, kind, recipient, vendor, problem);

    private static string Kinds(string allowed, string kind) => $"piiguard.json allows it only kinds [{allowed}], not {kind}";

    private const string RightsHolderKinds = "LastName, FirstName, Company, Email";

    /// <summary>A person with a full name and its parts, sent to the domestic rights holder (first and last names allowed).</summary>
    private const string Names = """
        public class Signatory
        {
            [Pii(Kind = PiiKind.FullName, Purposes = ["identification"])] public string FullName { get; set; } = "";
            [Pii(Kind = PiiKind.FirstName, Purposes = ["marketing"])] public string FirstName { get; set; } = "";
            [Pii(Kind = PiiKind.MiddleName, Purposes = ["marketing"])] public string MiddleName { get; set; } = "";
        }
        """;

    [Fact]
    public Task A_full_name_needs_both_first_and_last_names_allowed() => Verify.VerifyAsync(TransferModel.With(Names + """
        class Service
        {
            void Run(Outbox outbox, Signatory s) => outbox.Send({|#0:s.FullName|}, "");
        }
        """),
        TransferPolicies.Create(jurisdiction: "US", kinds: "\"LastName\"", purposes: "\"identification\""),
        Undeclared(0, "'Signatory.FullName'", "FullName", "us-analytics", Kinds("LastName", "FullName")));

    [Fact]
    public Task A_full_name_goes_where_first_and_last_names_may() => Verify.VerifyAsync(TransferModel.With(Names + """
        class Service
        {
            void Run(Outbox outbox, Signatory s) => outbox.ToRightsHolder(s.FullName);
        }
        """),
        TransferPolicies.Seed);

    [Fact]
    public Task Parts_of_a_name_go_where_the_full_name_may() => Verify.VerifyAsync(TransferModel.With(Names + """
        class Service
        {
            void Run(Outbox outbox, Signatory s)
            {
                outbox.Send(s.FirstName, "");
                outbox.Send(s.MiddleName, "");
            }
        }
        """),
        TransferPolicies.Create(jurisdiction: "US", kinds: "\"FullName\""));

    // ---- positive ----

    [Fact]
    public Task Kind_outside_the_recipients_kinds() => Verify.VerifyAsync(
        TransferModel.With(ToRightsHolder),
        TransferPolicies.Seed,
        Undeclared(1, "'User.Phone'", "Phone", "rights-holder", Kinds(RightsHolderKinds, "Phone")));

    [Fact]
    public Task Unknown_recipient_id() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(Outbox outbox, User user) => outbox.ToUnknownPartner({|#0:user.Email|});
        }
        """),
        TransferPolicies.Seed,
        Undeclared(0, "'User.Email'", "Email", "crm-partner", "piiguard.json declares no recipient 'crm-partner'"));

    [Fact]
    public Task Undeclared_sdk_of_a_domestic_vendor() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(Segment.Analytics segment, User user) => segment.Track({|#0:user.Email|}, "signup");
        }
        """),
        TransferPolicies.Create(jurisdiction: "US"),
        Undeclared(0, "'User.Email'", "Email", "segment", "piiguard.json declares no recipient 'segment' (Segment processes data in US)", " (Segment SDK)"));

    [Fact]
    public Task Undeclared_sdk_in_an_adequate_country_under_declared_transfers() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(Segment.Analytics segment, User user) => segment.Track({|PII004:user.Email|}, "signup");
        }
        """),
        TransferPolicies.Create(transfers: "declared", adequate: "\"US\""));

    [Fact]
    public Task Code_purpose_outside_the_recipients_purposes() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            [ProcessingPurpose("marketing")]
            void Run(Outbox outbox, User user) => outbox.ToRightsHolder({|#0:user.Email|});
        }
        """),
        TransferPolicies.Seed,
        Undeclared(0, "'User.Email'", "Email", "rights-holder",
            "this code processes it for 'marketing', and piiguard.json allows the recipient only purposes [identification]"));

    [Fact]
    public Task Kind_outside_the_kinds_of_an_allowed_foreign_recipient() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(Outbox outbox, User user) => outbox.ToKazakhPartner({|#0:user.LastName|});
        }
        """),
        TransferPolicies.Create(transfers: "declared"),
        Undeclared(0, "'User.LastName'", "LastName", "kz-partner", Kinds("Email", "LastName")));

    [Fact]
    public Task Whole_object_names_the_member_the_recipient_may_not_receive() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(Outbox outbox, User user) => outbox.ToRightsHolder({|#0:user|});
        }
        """),
        TransferPolicies.Seed,
        Undeclared(0, "'User.Phone' in whole 'User'", "Phone", "rights-holder", Kinds(RightsHolderKinds, "Phone")));

    [Fact]
    public Task Mapped_host_with_a_kind_outside_its_kinds() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            async System.Threading.Tasks.Task Run(HttpClient http, User user) =>
                await http.GetAsync($"https://api.analytics.example.com/find?phone={{|#0:user.Phone|}}");
        }
        """),
        TransferPolicies.Create(jurisdiction: "US"),
        Undeclared(0, "'User.Phone'", "Phone", "us-analytics", Kinds("Email, LastName", "Phone")));

    [Fact]
    public Task Declared_member_purposes_none_of_which_the_recipient_allows() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(Outbox outbox, Contact contact) => outbox.ToMailer({|#0:contact.Email|});
        }
        """),
        TransferPolicies.Create(jurisdiction: "DE"),
        Undeclared(0, "'Contact.Email'", "Email", "de-mailer",
            "the data is declared for [identification], and piiguard.json allows the recipient only purposes [marketing]"));

    // ---- negative ----

    [Fact]
    public Task Kinds_widened_by_the_policy() => Verify.VerifyAsync(
        TransferModel.With(ToRightsHolder.Replace("outbox.ToRightsHolder({|#1:user.Phone|});", "outbox.Send(user.Phone, \"\");")),
        TransferPolicies.Create(jurisdiction: "US", kinds: "\"Phone\""));

    [Fact]
    public Task Within_kinds_and_purposes() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            [ProcessingPurpose("identification")]
            void Run(Outbox outbox, Contact contact) => outbox.ToRightsHolder(contact);
        }
        """),
        TransferPolicies.Seed);

    [Fact]
    public Task Purposes_widened_by_the_policy() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            [ProcessingPurpose("recruiting")]
            void Run(AnalyticsClient analytics, Contact contact) => analytics.Track("x", contact.Email);
        }
        """),
        TransferPolicies.Create(jurisdiction: "US", purposes: "\"recruiting\", \"identification\""));

    [Fact]
    public Task Forbidden_cross_border_transfer_is_left_to_PII003() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(AnalyticsClient analytics, Segment.Analytics segment, User user)
            {
                analytics.Track("signup", user.Phone);
                segment.Track(user.Email, "signup");
            }
        }
        """),
        TransferPolicies.Seed);

    [Fact]
    public Task Without_a_policy_the_rule_is_silent() => Verify.VerifyAsync(TransferModel.With(ToRightsHolder + """
        class Other
        {
            void Run(Outbox outbox, User user) => outbox.ToUnknownPartner(user.Email);
        }
        """));

    [Fact]
    public Task Clean_and_sanitized_values() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            void Run(Outbox outbox, User user)
            {
                outbox.ToUnknownPartner(user.Id);
                outbox.ToRightsHolder(Hashing.Hash(user.Phone));
            }
        }
        """),
        TransferPolicies.Seed);

    [Fact]
    public Task Policy_declaring_the_vendor_wins_over_the_catalog() => Verify.VerifyAsync(
        TransferModel.With("""
            class Service
            {
                void Run(Segment.Analytics segment, User user) => segment.Track(user.Email, "signup");
            }
            """),
        TransferPolicies.Create(jurisdiction: "US", extraRecipients: """
            ,
            { "id": "segment", "country": "US", "legalBasis": "consent", "kinds": ["Email"], "purposes": ["marketing"] }
            """));

    [Fact]
    public Task Unmapped_host_is_not_a_known_recipient() => Verify.VerifyAsync(TransferModel.With("""
        class Service
        {
            async System.Threading.Tasks.Task Run(HttpClient http, User user) =>
                await http.GetAsync($"https://crm.allio.ru/find?phone={user.Phone}");
        }
        """),
        TransferPolicies.Seed);
}
