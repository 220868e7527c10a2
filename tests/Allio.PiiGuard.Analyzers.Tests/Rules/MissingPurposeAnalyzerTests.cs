using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.MissingPurposeAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public class MissingPurposeAnalyzerTests
{
    private static DiagnosticResult Error(int location, string subject, string kind) =>
        new DiagnosticResult(MissingPurposeAnalyzer.Rule).WithLocation(location).WithSeverity(DiagnosticSeverity.Error).WithArguments(subject, kind);

    private static DiagnosticResult Warning(int location, string subject, string kind) =>
        new DiagnosticResult(MissingPurposeAnalyzer.Rule).WithLocation(location).WithArguments(subject, kind);

    // ---- positive ----

    [Fact]
    public Task Property_without_purposes() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [{|#0:Pii(Kind = PiiKind.Email)|}]
            public string Email { get; set; } = "";
        }
        """,
        TestPolicies.Seed,
        Warning(0, "'Visitor.Email'", "Email"));

    [Fact]
    public Task Field_with_bare_mark() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [{|PII010:Pii|}]
            public string phone = "";
        }
        """);

    [Fact]
    public Task Empty_purposes_count_as_none() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [{|PII010:Pii(Kind = PiiKind.Phone, Purposes = [])|}]
            public string Phone { get; set; } = "";
        }
        """);

    [Fact]
    public Task Sensitive_data_is_an_error() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Applicant
        {
            [{|#0:SensitivePii(Kind = PiiKind.Health)|}]
            public string Health { get; set; } = "";
        }
        """,
        TestPolicies.Seed,
        Error(0, "'Applicant.Health'", "Health"));

    [Fact]
    public Task Biometric_data_is_an_error() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Applicant
        {
            [{|#0:BiometricPii|}]
            public byte[] FacePrint { get; set; } = [];
        }
        """,
        TestPolicies.Seed,
        Error(0, "'Applicant.FacePrint'", "Biometric"));

    [Fact]
    public Task Class_mark_without_purposes_is_reported_once_on_the_type() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        [{|#0:Pii|}]
        public class Visitor
        {
            public string Email { get; set; } = "";
            public string Phone { get; set; } = "";
        }
        """,
        TestPolicies.Seed,
        Warning(0, "Every member of 'Visitor'", "PersonalData"));

    [Fact]
    public Task Record_positional_parameter() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public record Applicant([{|#0:Pii(Kind = PiiKind.LastName)|}] string LastName, int Age);
        """,
        TestPolicies.Seed,
        Warning(0, "'Applicant.LastName'", "LastName"));

    [Fact]
    public Task Derived_mark_class_counts() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public sealed class EmailAttribute : PiiAttribute { }

        public class Visitor
        {
            [{|PII010:Email|}]
            public string Address { get; set; } = "";
        }
        """);

    [Fact]
    public Task Member_mark_inside_a_class_mark_without_purposes_is_reported_too() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        [{|PII010:Pii|}]
        public class Visitor
        {
            [{|PII010:Pii(Kind = PiiKind.Email)|}]
            public string Email { get; set; } = "";
        }
        """);

    // ---- negative ----

    [Fact]
    public Task Declared_purposes_are_fine() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [Pii(Kind = PiiKind.Email, Purposes = ["marketing"])]
            public string Email { get; set; } = "";

            [SensitivePii(Purposes = new[] { "recruiting" })]
            public string Health { get; set; } = "";
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Class_mark_purposes_cover_member_marks() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        [Pii(Purposes = ["recruiting"])]
        public class Applicant
        {
            [Pii(Kind = PiiKind.Email)]
            public string Email { get; set; } = "";

            [SensitivePii]
            public string Health { get; set; } = "";
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Inherited_class_mark_is_reported_only_where_written() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        [{|PII010:Pii|}]
        public class Person { }

        public class Employee : Person
        {
            public string Name { get; set; } = "";
        }
        """);

    [Fact]
    public Task Parameters_and_return_values_are_flow_marks_not_declarations() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Mailer
        {
            [return: Pii]
            public string Send([Pii(Kind = PiiKind.Email)] string email) => email;
        }
        """);

    [Fact]
    public Task Foreign_classifications_are_not_piiguard_marks() => Verify.VerifyAsync("""
        using Microsoft.Extensions.Compliance.Classification;

        public sealed class PrivateDataAttribute : DataClassificationAttribute
        {
            public PrivateDataAttribute() : base(new DataClassification("t", "private")) { }
        }

        public class Visitor
        {
            [PrivateData]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task NotPii_and_unmarked_members_are_ignored() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Product
        {
            [NotPii]
            public string EmailTemplate { get; set; } = "";
            public string Title { get; set; } = "";
        }
        """);

    [Fact]
    public Task Static_members_are_ignored() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Defaults
        {
            [Pii]
            public static string SupportEmail = "support@allio.ru";
        }
        """);

    [Fact]
    public Task Record_with_declared_purposes() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public record Applicant([Pii(Kind = PiiKind.LastName, Purposes = ["recruiting"])] string LastName);
        """);

    [Fact]
    public Task Severity_can_be_changed_in_editorconfig()
    {
        var test = new Verifiers.AnalyzerVerifier<MissingPurposeAnalyzer>.Test
        {
            TestCode = """
                using Allio.PiiGuard;

                public class Applicant
                {
                    [SensitivePii]
                    public string Health { get; set; } = "";
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.PII010.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Editorconfig_severity_overrides_the_error_of_sensitive_data()
    {
        var test = new Verifiers.AnalyzerVerifier<MissingPurposeAnalyzer>.Test
        {
            TestCode = """
                using Allio.PiiGuard;

                public class Applicant
                {
                    [{|#0:SensitivePii|}]
                    public string Health { get; set; } = "";
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.PII010.severity = warning\n"));
        test.ExpectedDiagnostics.Add(Warning(0, "'Applicant.Health'", "Sensitive"));
        return test.RunAsync();
    }
}
