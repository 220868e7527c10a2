using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.ToStringExposureAnalyzer>;
using VerifyMask = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Allio.PiiGuard.Analyzers.Rules.ToStringExposureAnalyzer, Allio.PiiGuard.CodeFixes.MaskToStringReadFixer>;
using VerifyPartial = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Allio.PiiGuard.Analyzers.Rules.ToStringExposureAnalyzer, Allio.PiiGuard.CodeFixes.MakePartialFixer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class ToStringExposureAnalyzerTests
{
    [Fact]
    public Task Record_with_synthesized_ToString_names_the_printed_members() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public record {|#0:Customer|}
        {
            public int Id { get; init; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; init; } = "";
            [SensitivePii] public string Diagnosis = "";
        }
        """,
        new DiagnosticResult(ToStringExposureAnalyzer.Rule).WithLocation(0)
            .WithArguments("Customer", "Email (Email), Diagnosis (Sensitive)", "its synthesized ToString"));

    [Fact]
    public Task Positional_record_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public sealed record {|PII008:Visitor|}(int Id, [Pii(Kind = PiiKind.Phone)] string Phone);
        """);

    [Fact]
    public Task A_collection_member_prints_its_type_s_name_not_its_items() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using Allio.PiiGuard;
        public sealed record Invite(int ChildId, [property: Pii(Kind = PiiKind.Email)] List<string> GuardianEmails, [property: Pii(Kind = PiiKind.Phone)] string[] Phones);
        public sealed record {|#0:Mixed|}(int Id, [property: Pii(Kind = PiiKind.Email)] List<string> Emails, [property: Pii(Kind = PiiKind.Phone)] string Phone);
        """,
        new DiagnosticResult(ToStringExposureAnalyzer.Rule).WithLocation(0).WithArguments("Mixed", "Phone (Phone)", "its synthesized ToString"));

    [Fact]
    public Task Record_struct_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public readonly record struct {|PII008:Contact|}([property: Pii] string Email);
        """);

    [Fact]
    public Task Record_with_class_level_mark_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        [Pii] public record {|PII008:Applicant|}(string Skills, string Hobbies);
        """);

    [Fact]
    public Task User_ToString_interpolating_a_marked_property_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Customer
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            public override string ToString() => $"{Id}: {{|#0:Email|}}";
        }
        """,
        new DiagnosticResult(ToStringExposureAnalyzer.Rule).WithLocation(0).WithArguments("Customer", "Email (Email)", "ToString()"));

    [Fact]
    public Task User_ToString_concatenating_this_members_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Person
        {
            [Pii(Kind = PiiKind.LastName)] private string _lastName = "";
            [Pii] public string FirstName { get; set; } = "";
            public override string ToString()
            {
                var text = {|PII008:this._lastName|} + " " + {|PII008:FirstName|}.ToUpperInvariant();
                return text;
            }
        }
        """);

    [Fact]
    public Task User_ToString_printing_a_held_object_member_or_a_captured_parameter_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Tenant
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.FullName)] public string FullName { get; set; } = "";
        }
        public sealed class Agreement(Tenant tenant, [Pii(Kind = PiiKind.Email)] string contactEmail, string reference)
        {
            public Tenant Tenant { get; } = tenant;
            public override string ToString() => $"{reference} {Tenant.Id} {{|#0:Tenant.FullName|}} {{|#1:contactEmail|}} {contactEmail.Length}";
        }
        """,
        new DiagnosticResult(ToStringExposureAnalyzer.Rule).WithLocation(0).WithArguments("Agreement", "FullName (FullName)", "ToString()"),
        new DiagnosticResult(ToStringExposureAnalyzer.Rule).WithLocation(1).WithArguments("Agreement", "contactEmail (Email)", "ToString()"));

    [Fact]
    public Task User_ToString_formatting_a_marked_member_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public struct Passport
        {
            [Pii(Kind = PiiKind.GovernmentId)] public string Number;
            public override string ToString() => string.Format("Passport {0}", {|PII008:Number|});
        }
        """);

    [Fact]
    public Task User_PrintMembers_of_a_record_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public record Visitor
        {
            [Pii(Kind = PiiKind.Phone)] public string Phone { get; init; } = "";
            protected virtual bool PrintMembers(System.Text.StringBuilder builder)
            {
                builder.Append("Phone = ").Append({|PII008:Phone|});
                return true;
            }
        }
        """);

    [Fact]
    public Task ToString_of_a_type_marked_as_a_whole_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        [Pii] public class Address
        {
            public string City { get; set; } = "";
            public override string ToString() => {|PII008:City|};
        }
        """);

    [Fact]
    public Task Partial_record_is_left_to_the_generator() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public partial record Visitor([Pii(Kind = PiiKind.Phone)] string Phone);
        """);

    [Fact]
    public Task Partial_record_the_generator_does_not_reach_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public sealed class ConfidentialAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
        {
            public ConfidentialAttribute() : base(new("Corp", "Confidential")) { }
        }

        public partial record {|PII008:Deal|}([property: Confidential] decimal Amount);
        public class Host { public partial record {|PII008:Visitor|}([property: Pii(Kind = PiiKind.Phone)] string Phone); }
        """);

    [Fact]
    public Task Record_with_its_own_ToString_or_PrintMembers_has_no_synthesized_leak() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public record A([Pii] string Email) { public override string ToString() => "A"; }
        public record B([Pii] string Email) { protected virtual bool PrintMembers(System.Text.StringBuilder b) => false; }
        public record Base { public sealed override string ToString() => "Base"; }
        public record C([Pii] string Email) : Base;
        """);

    [Fact]
    public Task Record_whose_marked_members_are_not_printed_stays_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public record Order
        {
            [Pii] private string _email = "";
            [Pii] internal string Phone { get; init; } = "";
            [Pii] public static string Owner { get; set; } = "";
            public int Id { get; init; }
        }
        public record Plain(int Id, string Name);
        """);

    [Fact]
    public Task Reads_that_measure_compare_or_name_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Customer
        {
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            [Pii] public string? Phone { get; set; }
            public override string ToString() =>
                $"{nameof(Email)} length {Email.Length}, phone {(Phone is null ? "none" : "set")}, same {Email == "x"}";
        }
        """);

    [Fact]
    public Task Sanitized_reads_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Customer
        {
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            [PiiSanitizer] private static string Hash(string value) => value.GetHashCode().ToString();
            public override string ToString() => PiiRedact.Mask(Email, PiiKind.Email) + Hash(Email);
        }
        """);

    [Fact]
    public Task Other_instances_and_other_methods_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Customer
        {
            [Pii] public string Email { get; set; } = "";
            public Customer? Referrer { get; set; }
            public string ToString(string format) => Email;
            public string Describe() => Email;
            public override string ToString()
            {
                var stranger = new Customer();
                return stranger.Email;
            }
        }
        """);

    [Fact]
    public Task User_ToString_printing_a_held_object_member_behind_a_null_check_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Offender
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.FullName)] public string FullName { get; set; } = "";
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            public Offender? Referrer { get; set; }
        }
        public class SupervisionOrder
        {
            public int OrderId { get; set; }
            public Offender? Offender { get; set; }
            public override string ToString() => $"Order {OrderId} for {Offender?{|#0:.FullName|}} ({Offender?.Id}), referred by {Offender?.Referrer?{|#1:.Email|}}";
        }
        """,
        new DiagnosticResult(ToStringExposureAnalyzer.Rule).WithLocation(0).WithArguments("SupervisionOrder", "FullName (FullName)", "ToString()"),
        new DiagnosticResult(ToStringExposureAnalyzer.Rule).WithLocation(1).WithArguments("SupervisionOrder", "Email (Email)", "ToString()"));

    [Fact]
    public Task Unmarked_members_in_ToString_stay_quiet() => Verify.VerifyAsync(
        """
        public class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public override string ToString() => $"{Id} {Email}";
        }
        """);

    [Fact]
    public Task Fix_makes_the_record_partial() => VerifyPartial.VerifyAsync(
        """
        using Allio.PiiGuard;

        public sealed record {|PII008:Visitor|}(int Id, [Pii(Kind = PiiKind.Phone)] string Phone);
        """,
        """
        using Allio.PiiGuard;

        public sealed partial record Visitor(int Id, [Pii(Kind = PiiKind.Phone)] string Phone);
        """);

    [Fact]
    public Task Fix_masks_the_read_with_its_kind() => VerifyMask.VerifyAsync(
        """
        using Allio.PiiGuard;

        public class Customer
        {
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            [Pii] public string Name { get; set; } = "";
            public override string ToString() => $"{{|PII008:Name|}} <{{|PII008:this.Email|}}>";
        }
        """,
        """
        using Allio.PiiGuard;

        public class Customer
        {
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            [Pii] public string Name { get; set; } = "";
            public override string ToString() => $"{PiiRedact.Mask(Name)} <{PiiRedact.Mask(this.Email, PiiKind.Email)}>";
        }
        """);

    [Fact]
    public Task Fix_adds_the_using_when_missing() => VerifyMask.VerifyAsync(
        """
        namespace Crm
        {
            public class Applicant
            {
                [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] public string Phone = "";
                public override string ToString() => "Phone: " + {|PII008:Phone|};
            }
        }
        """,
        """
        using Allio.PiiGuard;

        namespace Crm
        {
            public class Applicant
            {
                [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] public string Phone = "";
                public override string ToString() => "Phone: " + PiiRedact.Mask(Phone, PiiKind.Phone);
            }
        }
        """);

    [Fact]
    public Task Incomplete_code_does_not_break_the_analyzer()
    {
        var test = new Verifiers.AnalyzerVerifier<ToStringExposureAnalyzer>.Test
        {
            TestCode = """
        using Allio.PiiGuard;
        public class Customer
        {
            [Pii] public string Email { get; set; }
            public override string ToString() => $"{{|PII008:Email|}" + Unknown.Member + this.;
            [Pii(Kind = PiiKind.)] public string Phone
        """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Without_the_vocabulary_nothing_is_reported()
    {
        // Foreign marks alone: the fixes need the PiiGuard package, so the rule stays silent.
        var test = new Verifiers.AnalyzerVerifier<ToStringExposureAnalyzer>.Test
        {
            TestCode = """
                namespace Microsoft.AspNetCore.Identity
                {
                    public sealed class PersonalDataAttribute : System.Attribute { }
                }

                public record User([property: Microsoft.AspNetCore.Identity.PersonalData] string Email)
                {
                    [Microsoft.AspNetCore.Identity.PersonalData] public string Phone { get; init; } = "";
                    public string Describe() => Phone;
                }
                """,
        };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        return test.RunAsync();
    }

    [Fact]
    public Task Class_without_its_own_ToString_stays_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Customer { [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
        public struct Contact { [Pii] public string Phone; }
        """);
}
