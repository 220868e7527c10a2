using Allio.PiiGuard.Analyzers.Rules;
using Allio.PiiGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<Allio.PiiGuard.Analyzers.Rules.MissingPurposeAnalyzer, Allio.PiiGuard.CodeFixes.MissingPurposeFixer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public class MissingPurposeFixerTests
{
    [Fact]
    public Task Adds_the_first_purpose_to_a_mark_with_arguments() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [{|PII010:Pii(Kind = PiiKind.Email)|}]
            public string Email { get; set; } = "";
        }
        """, """
        using Allio.PiiGuard;

        public class Visitor
        {
            [Pii(Kind = PiiKind.Email, Purposes = ["identification"])]
            public string Email { get; set; } = "";
        }
        """,
        TestPolicies.Seed,
        codeActionIndex: 0);

    [Fact]
    public Task Offers_each_policy_purpose() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [{|PII010:Pii|}]
            public string Email { get; set; } = "";
        }
        """, """
        using Allio.PiiGuard;

        public class Visitor
        {
            [Pii(Purposes = ["recruiting"])]
            public string Email { get; set; } = "";
        }
        """,
        TestPolicies.Seed,
        codeActionIndex: 2);

    [Fact]
    public Task Fills_empty_purposes() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [{|PII010:Pii(Purposes = [], Kind = PiiKind.Phone)|}]
            public string Phone { get; set; } = "";
        }
        """, """
        using Allio.PiiGuard;

        public class Visitor
        {
            [Pii(Purposes = ["marketing"], Kind = PiiKind.Phone)]
            public string Phone { get; set; } = "";
        }
        """,
        TestPolicies.Seed,
        codeActionIndex: 1);

    [Fact]
    public Task Fixes_a_sensitive_mark_on_a_record_parameter()
    {
        var test = new Verifiers.CodeFixVerifier<MissingPurposeAnalyzer, MissingPurposeFixer>.Test
        {
            TestCode = """
                using Allio.PiiGuard;

                public record Applicant([{|#0:SensitivePii|}] string Health);
                """,
            FixedCode = """
                using Allio.PiiGuard;

                public record Applicant([SensitivePii(Purposes = ["recruiting"])] string Health);
                """,
            CodeActionIndex = 2,
            CodeActionEquivalenceKey = "PiiGuard.DeclarePurpose.recruiting",
        };
        test.TestState.AdditionalFiles.Add(("piiguard.json", TestPolicies.Seed));
        test.FixedState.AdditionalFiles.Add(("piiguard.json", TestPolicies.Seed));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(MissingPurposeAnalyzer.Rule).WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Error).WithArguments("'Applicant.Health'", "Sensitive"));
        return test.RunAsync();
    }

    [Fact]
    public Task No_policy_offers_no_fix() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [{|PII010:Pii|}]
            public string Email { get; set; } = "";
        }
        """, """
        using Allio.PiiGuard;

        public class Visitor
        {
            [{|PII010:Pii|}]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task Fix_all_declares_the_same_purpose_everywhere() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [{|PII010:Pii(Kind = PiiKind.Email)|}]
            public string Email { get; set; } = "";

            [{|PII010:Pii(Kind = PiiKind.Phone)|}]
            public string Phone { get; set; } = "";
        }
        """, """
        using Allio.PiiGuard;

        public class Visitor
        {
            [Pii(Kind = PiiKind.Email, Purposes = ["marketing"])]
            public string Email { get; set; } = "";

            [Pii(Kind = PiiKind.Phone, Purposes = ["marketing"])]
            public string Phone { get; set; } = "";
        }
        """,
        TestPolicies.Seed,
        codeActionIndex: 1);

    [Fact]
    public Task Older_language_versions_get_an_array_creation()
    {
        var test = new Verifiers.CodeFixVerifier<MissingPurposeAnalyzer, MissingPurposeFixer>.Test
        {
            TestCode = """
                using Allio.PiiGuard;

                public class Visitor
                {
                    [{|PII010:Pii|}]
                    public string Email { get; set; } = "";
                }
                """,
            FixedCode = """
                using Allio.PiiGuard;

                public class Visitor
                {
                    [Pii(Purposes = new[] { "identification" })]
                    public string Email { get; set; } = "";
                }
                """,
            CodeActionIndex = 0,
        };
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.CSharp11)));
        test.TestState.AdditionalFiles.Add(("piiguard.json", TestPolicies.Seed));
        test.FixedState.AdditionalFiles.Add(("piiguard.json", TestPolicies.Seed));
        return test.RunAsync();
    }
}
