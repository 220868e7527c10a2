using Allio.PiiGuard.Analyzers.Rules;
using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Allio.PiiGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.NotPartialAnalyzer>;
using VerifyFix = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Allio.PiiGuard.Analyzers.Rules.NotPartialAnalyzer, Allio.PiiGuard.CodeFixes.MakePartialFixer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class NotPartialAnalyzerTests
{
    [Fact]
    public Task Class_with_a_marked_property_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class {|#0:Customer|}
        {
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
        }
        """,
        new DiagnosticResult(NotPartialAnalyzer.Rule).WithLocation(0).WithArguments("Customer", "Customer"));

    [Fact]
    public Task Struct_with_a_marked_field_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public struct {|PII014:Diagnosis|} { [SensitivePii] public string Code; }
        """);

    [Fact]
    public Task Record_with_a_marked_positional_parameter_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public sealed record {|PII014:Visitor|}(int Id, [Pii(Kind = PiiKind.Phone)] string Phone)
        {
            public override string ToString() => Id.ToString();
        }
        """);

    [Fact]
    public Task Record_struct_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public readonly record struct {|PII014:Contact|}([property: Pii] string Email);
        """);

    [Fact]
    public Task Class_level_mark_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        [BiometricPii] public class {|PII014:FaceTemplate|} { public byte[] Vector { get; set; } = []; }
        [Pii] public class Marker { public static int Count; }
        """);

    [Fact]
    public Task Nested_type_names_every_type_to_make_partial() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Outer
        {
            public class {|#0:Customer|} { [Pii] public string Name { get; set; } = ""; }
        }
        public class Host
        {
            public partial class {|#1:Applicant|} { [Pii] public string Name { get; set; } = ""; }
        }
        """,
        new DiagnosticResult(NotPartialAnalyzer.Rule).WithLocation(0).WithArguments("Outer.Customer", "Outer, Customer"),
        new DiagnosticResult(NotPartialAnalyzer.Rule).WithLocation(1).WithArguments("Host.Applicant", "Host"));

    [Fact]
    public Task Identity_marks_count_other_classifications_wake_no_generator() => Verify.VerifyAsync(
        """
        namespace Microsoft.AspNetCore.Identity
        {
            public class PersonalDataAttribute : System.Attribute { }
            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
        }

        public sealed class ConfidentialAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
        {
            public ConfidentialAttribute() : base(new("Corp", "Confidential")) { }
        }

        public class {|PII014:User|} { [Microsoft.AspNetCore.Identity.PersonalData] public string UserName { get; set; } = ""; }
        public class {|PII014:Login|} { [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Email { get; set; } = ""; }
        public class Deal { [Confidential] public decimal Amount { get; set; } }
        """);

    [Fact]
    public Task Generic_abstract_class_is_reported() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public abstract class {|PII014:Profile|}<T> { [Pii(Kind = PiiKind.BirthDate)] public T? BirthDate { get; set; } }
        """);

    [Fact]
    public Task Partial_types_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public partial class Customer { [Pii] public string Email { get; set; } = ""; }
        public partial record Visitor([Pii] string Phone);
        public partial class Outer { public partial struct Inner { [Pii] public string Name; } }
        """);

    [Fact]
    public Task Types_without_personal_data_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Order { public int Id { get; set; } public string Email { get; set; } = ""; }
        public class Company { [NotPii] public string Phone { get; set; } = ""; }
        """);

    [Fact]
    public Task Static_members_do_not_count() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Defaults { [Pii] public static string Email = ""; }
        public static class Holder { [Pii] public static string Phone { get; set; } = ""; }
        """);

    [Fact]
    public Task Interfaces_and_enums_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        [Pii] public interface IPerson { [Pii] string Email { get; } }
        public enum Kind { Email }
        """);

    [Fact]
    public Task Derived_type_that_only_inherits_personal_data_stays_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public partial class Person { [Pii] public string Name { get; set; } = ""; }
        public class Employee : Person { public int Number { get; set; } }
        """);

    [Fact]
    public Task Marked_method_parameters_do_not_count() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Mailer { public void Send([Pii] string email) { } [return: Pii] public string Read() => ""; }
        """);

    [Fact]
    public Task Delegates_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public delegate void Send([Pii] string email);
        public partial class Wrapper { public class Plain { public int Id; } }
        """);

    [Fact]
    public Task Fix_adds_partial_after_the_modifiers() => VerifyFix.VerifyAsync(
        """
        using Allio.PiiGuard;

        public sealed class {|PII014:Customer|}
        {
            [Pii] public string Email { get; set; } = "";
        }
        """,
        """
        using Allio.PiiGuard;

        public sealed partial class Customer
        {
            [Pii] public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task Fix_adds_partial_without_modifiers_keeping_attributes() => VerifyFix.VerifyAsync(
        """
        using Allio.PiiGuard;

        [System.Serializable]
        class {|PII014:Customer|}
        {
            [Pii] public string Email = "";
        }
        """,
        """
        using Allio.PiiGuard;

        [System.Serializable]
        partial class Customer
        {
            [Pii] public string Email = "";
        }
        """);

    [Fact]
    public Task Fix_makes_containing_types_partial_too() => VerifyFix.VerifyAsync(
        """
        using Allio.PiiGuard;

        namespace Crm
        {
            internal static class Outer
            {
                public readonly record struct {|PII014:Contact|}([Pii] string Phone);

                public class {|PII014:Lead|} { [Pii] public string Email = ""; }
            }
        }
        """,
        """
        using Allio.PiiGuard;

        namespace Crm
        {
            internal static partial class Outer
            {
                public readonly partial record struct Contact([Pii] string Phone);

                public partial class Lead { [Pii] public string Email = ""; }
            }
        }
        """);

    [Fact]
    public Task One_partial_fix_clears_PII008_and_PII014_on_the_same_record()
    {
        var test = new BothRulesTest
        {
            TestCode = """
                using Allio.PiiGuard;

                public record {|PII008:{|PII014:Visitor|}|}([Pii(Kind = PiiKind.Email)] string Email);
                """,
            FixedCode = """
                using Allio.PiiGuard;

                public partial record Visitor([Pii(Kind = PiiKind.Email)] string Email);
                """,
        };
        return test.RunAsync();
    }

    /// <summary>Both rules that the partial fix answers, run together.</summary>
    private sealed class BothRulesTest : CSharpCodeFixTest<NotPartialAnalyzer, MakePartialFixer, DefaultVerifier>
    {
        public BothRulesTest()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            [new NotPartialAnalyzer(), new ToStringExposureAnalyzer()];

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);
    }

    [Fact]
    public Task Incomplete_code_does_not_break_the_analyzer()
    {
        var test = new Verifiers.AnalyzerVerifier<NotPartialAnalyzer>.Test
        {
            TestCode = """
        using Allio.PiiGuard;
        public class {|PII014:Customer|} : MissingBase
        {
            [Pii] public string Email { get; set; }
            public record {|PII014:Inner|}([Pii] string
        """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Without_the_vocabulary_nothing_is_reported()
    {
        // Foreign marks alone: the fixes need the PiiGuard package, so the rule stays silent.
        var test = new Verifiers.AnalyzerVerifier<NotPartialAnalyzer>.Test
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
}
