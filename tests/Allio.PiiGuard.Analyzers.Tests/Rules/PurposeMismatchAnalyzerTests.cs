using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PurposeMismatchAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public class PurposeMismatchAnalyzerTests
{
    private const string Visitor = """

        public class Visitor
        {
            [Pii(Kind = PiiKind.Email, Purposes = ["identification", "marketing"])]
            public string Email { get; set; } = "";

            [Pii(Kind = PiiKind.Phone, Purposes = ["identification"])]
            public string Phone = "";

            [Pii(Kind = PiiKind.City)]
            public string City { get; set; } = "";

            public int Id { get; set; }
        }

        [Pii(Purposes = ["recruiting"])]
        public class Applicant
        {
            public string LastName { get; set; } = "";

            [SensitivePii(Kind = PiiKind.Health)]
            public string Health { get; set; } = "";
        }

        public record Candidate([Pii(Kind = PiiKind.Email, Purposes = ["recruiting"])] string Email, int Score);
        """;

    private static Task VerifyAsync(string code, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync("using System;\nusing Allio.PiiGuard;\n" + code + Visitor, TestPolicies.Seed, expected);

    // ---- positive ----

    [Fact]
    public Task Method_purpose_not_declared_by_the_member() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public string Call(Visitor v) => {|#0:v.Phone|};
        }
        """,
        new DiagnosticResult(PurposeMismatchAnalyzer.Rule).WithLocation(0)
            .WithArguments("Visitor.Phone", "Phone", "purpose 'identification'", "marketing"));

    [Fact]
    public Task Message_lists_every_declared_purpose() => VerifyAsync("""
        public class Hiring
        {
            [ProcessingPurpose("recruiting")]
            public string Contact(Visitor v) => {|#0:v.Email|};
        }
        """,
        new DiagnosticResult(PurposeMismatchAnalyzer.Rule).WithLocation(0)
            .WithArguments("Visitor.Email", "Email", "purposes 'identification', 'marketing'", "recruiting"));

    [Fact]
    public Task Type_purpose_applies_to_its_methods() => VerifyAsync("""
        [ProcessingPurpose("recruiting")]
        public class Hiring
        {
            public string Contact(Visitor v) => {|PII005:v.Phone|};
        }
        """);

    [Fact]
    public Task Method_purpose_wins_over_type_purpose() => VerifyAsync("""
        [ProcessingPurpose("identification")]
        public class Campaign
        {
            public string Identify(Visitor v) => v.Phone;

            [ProcessingPurpose("marketing")]
            public string Call(Visitor v) => {|PII005:v.Phone|};
        }
        """);

    [Fact]
    public Task Lambda_purpose_wins_over_method_purpose() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("identification")]
            public Func<Visitor, string> Make() => [ProcessingPurpose("marketing")] (Visitor v) => {|PII005:v.Phone|};
        }
        """);

    [Fact]
    public Task Local_function_purpose() => VerifyAsync("""
        public class Campaign
        {
            public string Run(Visitor v)
            {
                return Call();

                [ProcessingPurpose("marketing")]
                string Call() => {|PII005:v.Phone|};
            }
        }
        """);

    [Fact]
    public Task Class_mark_purposes_apply_to_its_members() => VerifyAsync("""
        [ProcessingPurpose("marketing")]
        public class Campaign
        {
            public string Target(Applicant a) => {|PII005:a.LastName|} + {|PII005:a.Health|};
        }
        """);

    [Fact]
    public Task Record_positional_property() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public string Target(Candidate c) => {|PII005:c.Email|};
        }
        """);

    [Fact]
    public Task Overriding_method_inherits_the_purpose() => VerifyAsync("""
        public abstract class Job
        {
            [ProcessingPurpose("marketing")]
            public abstract string Run(Visitor v);
        }

        public sealed class CallJob : Job
        {
            public override string Run(Visitor v) => {|PII005:v.Phone|};
        }
        """);

    [Fact]
    public Task Derived_type_inherits_the_purpose_and_reads_in_patterns() => VerifyAsync("""
        [ProcessingPurpose("marketing")]
        public class Campaign { }

        public sealed class SmsCampaign : Campaign
        {
            public bool Has(Visitor v) => v is { {|PII005:Phone|}: not null };
        }
        """);

    // ---- negative ----

    [Fact]
    public Task Declared_purpose_is_fine() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public string Mail(Visitor v) => v.Email;

            [ProcessingPurpose("recruiting")]
            public string Contact(Applicant a, Candidate c) => a.LastName + a.Health + c.Email;
        }
        """);

    [Fact]
    public Task Code_without_purpose_is_silent() => VerifyAsync("""
        public class Campaign
        {
            public string Call(Visitor v) => v.Phone + v.Email;
        }
        """);

    [Fact]
    public Task Members_without_purposes_are_left_to_PII010() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public string Where(Visitor v) => v.City;
        }
        """);

    [Fact]
    public Task Non_personal_members_are_fine() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public int Key(Visitor v) => v.Id;
        }
        """);

    [Fact]
    public Task Writes_are_not_reads() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public Visitor Create(string phone)
            {
                var v = new Visitor { Phone = phone };
                v.Phone = phone;
                return v;
            }
        }
        """);

    [Fact]
    public Task Nameof_is_not_a_read() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public string Name(Visitor v) => nameof(v.Phone);
        }
        """);

    [Fact]
    public Task Lambda_purpose_allows_what_the_method_would_not() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public Func<Visitor, string> Make() => [ProcessingPurpose("identification")] (Visitor v) => v.Phone;
        }
        """);

    [Fact]
    public Task Foreign_marks_have_no_purposes_to_check() => VerifyAsync("""
        public sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
        {
            public PrivateDataAttribute() : base(new Microsoft.Extensions.Compliance.Classification.DataClassification("t", "private")) { }
        }

        public class Account
        {
            [PrivateData]
            public string Login { get; set; } = "";
        }

        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public string Mail(Account a) => a.Login;
        }
        """);

    [Fact]
    public Task Same_code_is_fine_once_the_member_declares_the_purpose() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [Pii(Kind = PiiKind.Phone, Purposes = ["identification", "marketing"])]
            public string Phone = "";
        }

        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public string Call(Visitor v) => v.Phone;
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Deconstruction_reads_positional_properties() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public string Target(Candidate c)
            {
                var ({|PII005:email|}, score) = c;
                return email + score;
            }
        }
        """);

    [Fact]
    public Task Positional_pattern_reads_positional_properties() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public bool Target(object o) => o is Candidate({|PII005:var email|}, > 3) && email.Length > 0;
        }
        """);

    [Fact]
    public Task Discarded_positions_are_not_reads() => VerifyAsync("""
        public class Campaign
        {
            [ProcessingPurpose("marketing")]
            public int Score(Candidate c, object o)
            {
                var (_, score) = c;
                return o is Candidate(_, var other) ? score + other : score;
            }
        }
        """);
}
