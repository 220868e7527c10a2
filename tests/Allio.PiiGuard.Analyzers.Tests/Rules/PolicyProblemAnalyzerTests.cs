using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public class PolicyProblemAnalyzerTests
{
    private const string MarkedCode = """
        using Allio.PiiGuard;

        public class Visitor
        {
            [Pii(Kind = PiiKind.Email, Purposes = ["marketing"])]
            public string Email { get; set; } = "";
        }
        """;

    /// <summary>PII009 has three descriptors; markup picks the first, and only the location and severity are compared.</summary>
    private static class Verify
    {
        public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, null, expected);

        public static Task VerifyAsync(string source, string? policyJson, params DiagnosticResult[] expected)
        {
            var test = NewTest();
            test.TestCode = source;
            if (policyJson is not null)
            {
                test.TestState.AdditionalFiles.Add(("piiguard.json", policyJson));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }

    private static Verifiers.AnalyzerVerifier<PolicyProblemAnalyzer>.Test NewTest() => new() { MarkupOptions = MarkupOptions.UseFirstDescriptor };

    // ---- (a) missing policy file ----

    [Fact]
    public Task Missing_file_is_reported_once_on_the_first_mark() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [{|#0:Pii(Kind = PiiKind.Email)|}]
            public string Email { get; set; } = "";

            [Pii(Kind = PiiKind.Phone)]
            public string Phone { get; set; } = "";
        }
        """,
        policyJson: null,
        new DiagnosticResult(PolicyProblemAnalyzer.MissingFileRule).WithLocation(0).WithArguments("piiguard.json"));

    [Fact]
    public Task Missing_file_is_reported_for_a_processing_purpose_mark() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Mailer
        {
            [{|#0:ProcessingPurpose("marketing")|}]
            public void Send() { }
        }
        """,
        policyJson: null,
        new DiagnosticResult(PolicyProblemAnalyzer.MissingFileRule).WithLocation(0).WithArguments("piiguard.json"));

    [Fact]
    public Task Missing_file_names_the_configured_file()
    {
        var test = NewTest();
        test.TestCode = """
            using Allio.PiiGuard;

            [{|#0:PiiStore("crm-db")|}]
            public class CrmContext { }
            """;
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardPolicyFile = policy/privacy.json\n"));
        test.TestState.AdditionalFiles.Add(("piiguard.json", TestPolicies.Seed));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PolicyProblemAnalyzer.MissingFileRule).WithLocation(0).WithArguments("policy/privacy.json"));
        return test.RunAsync();
    }

    [Fact]
    public Task No_marks_and_no_file_is_fine() => Verify.VerifyAsync("""
        public class Visitor
        {
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task NotPii_alone_needs_no_policy() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Product
        {
            [NotPii]
            public string EmailTemplate { get; set; } = "";
        }
        """);

    [Fact]
    public Task Configured_file_name_is_found()
    {
        var test = NewTest();
        test.TestCode = MarkedCode;
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardPolicyFile = policy/privacy.json\n"));
        test.TestState.AdditionalFiles.Add(("/0/policy/privacy.json", TestPolicies.Seed));
        return test.RunAsync();
    }

    // ---- (b) problems of the file, located in the JSON ----

    [Fact]
    public Task Valid_seed_policy_has_no_problem() => Verify.VerifyAsync(MarkedCode, TestPolicies.Seed);

    [Fact]
    public Task Empty_file() => Verify.VerifyAsync(MarkedCode, "{|PII009:|}");

    [Fact]
    public Task Whitespace_only_file() => Verify.VerifyAsync(MarkedCode, "  \n\n{|PII009:|}");

    [Fact]
    public Task Not_an_object() => Verify.VerifyAsync(MarkedCode, """{|PII009:["purposes"]|}""");

    [Fact]
    public Task Unterminated_string() => Verify.VerifyAsync(MarkedCode, """
        {
          "jurisdiction": "RU
        """.Replace("\"RU", "{|PII009:\"|}RU"));

    [Fact]
    public Task Missing_comma() => Verify.VerifyAsync(MarkedCode, """
        {
          "jurisdiction": "RU"
          {|PII009:"|}purposes": []
        }
        """);

    [Fact]
    public Task Unknown_key_is_located_with_a_suggestion() => Verify.VerifyAsync("public class Plain { }", """
        {
          "jurisdiction": "RU",
          {|#0:"purpoces"|}: [ { "id": "marketing", "title": "Marketing" } ]
        }
        """,
        new DiagnosticResult(PolicyProblemAnalyzer.UnknownKeyRule).WithLocation(0)
            .WithArguments("unknown-key", "Unknown key 'purpoces' in the policy. Did you mean 'purposes'?"));

    [Fact]
    public void Each_loader_problem_is_titled_by_what_is_wrong()
    {
        // The analyzer assembly's own copy of the codes (the runtime library has a public one of the same name).
        var codes = typeof(PolicyProblemAnalyzer).Assembly.GetType("Allio.PiiGuard.Policy.PolicyProblemCodes")!
            .GetFields().Select(field => (string)field.GetRawConstantValue()!).ToArray();
        var titles = codes.ToDictionary(code => code, code => PolicyProblemAnalyzer.FileProblemRule(code).Title.ToString());

        Assert.Equal("Policy file is malformed", titles["invalid-json"]);
        Assert.Equal("Policy file has an unknown key", titles["unknown-key"]);
        Assert.All(titles.Values, title => Assert.DoesNotContain("missing", title));
        Assert.All(codes, code => Assert.Contains(PolicyProblemAnalyzer.FileProblemRule(code), new PolicyProblemAnalyzer().SupportedDiagnostics));
        Assert.True(titles.Values.Distinct().Count() >= 8, "problems of different kinds share a title");
    }

    [Fact]
    public Task Unknown_country() => Verify.VerifyAsync(MarkedCode, """
        {
          "jurisdiction": {|PII009:"UK"|},
          "purposes": [ { "id": "marketing", "title": "Marketing" } ]
        }
        """);

    [Fact]
    public Task Duplicate_purpose_id() => Verify.VerifyAsync(MarkedCode, """
        {
          "jurisdiction": "RU",
          "purposes": [
            { "id": "marketing", "title": "Marketing" },
            { "id": {|PII009:"marketing"|}, "title": "Marketing again" }
          ]
        }
        """);

    [Fact]
    public Task Wrong_type_and_missing_key() => Verify.VerifyAsync(MarkedCode, """
        {
          "jurisdiction": "RU",
          "purposes": [ { "id": "marketing", "title": "Marketing" } ],
          "stores": [ {|PII009:{|} "id": "crm-db" } ],
          "adequateCountries": {|PII009:"BY"|}
        }
        """);

    [Fact]
    public Task Bad_transfer_word_and_legal_basis() => Verify.VerifyAsync(MarkedCode, """
        {
          "jurisdiction": "RU",
          "crossBorderTransfers": {|PII009:"forbiden"|},
          "purposes": [ { "id": "marketing", "title": "Marketing" } ],
          "recipients": [ { "id": "mailer", "country": "RU", "legalBasis": {|PII009:"agreement"|},
                            "kinds": ["Email"], "purposes": ["marketing"] } ]
        }
        """);

    [Fact]
    public Task Trailing_text_after_the_object() => Verify.VerifyAsync(MarkedCode, """
        { "jurisdiction": "RU", "purposes": [ { "id": "marketing", "title": "Marketing" } ] }
        {|PII009:}|}
        """);

    [Fact]
    public Task Problems_are_reported_even_without_marks() => Verify.VerifyAsync("public class Plain { }", """
        { "jurisdiction": "RU", {|PII009:"extra"|}: 1 }
        """);

    [Fact]
    public Task Binary_garbage_never_crashes() => Verify.VerifyAsync(MarkedCode, "{|PII009:\u0001|}\u0002\u0003{");

    [Fact]
    public Task Deep_nesting_never_crashes() => Verify.VerifyAsync(MarkedCode,
        "{ \"jurisdiction\": \"RU\", \"x\": " + new string('[', 200) + new string(']', 200) + " }",
        new DiagnosticResult(PolicyProblemAnalyzer.MalformedFileRule).WithSpan("piiguard.json", 1, 93, 1, 94)
            .WithArguments("nesting-too-deep", "Arrays and objects are nested more than 64 levels deep; a policy needs four."));

    // ---- (c) ids the policy does not declare ----

    [Fact]
    public Task Unknown_purpose_in_pii_mark_suggests_the_closest() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [Pii(Kind = PiiKind.Email, Purposes = ["identification", {|#0:"marketting"|}])]
            public string Email { get; set; } = "";
        }
        """,
        TestPolicies.Seed,
        new DiagnosticResult(PolicyProblemAnalyzer.UnknownIdRule).WithLocation(0)
            .WithArguments("purpose", "marketting", "purposes", "; did you mean 'marketing'?"));

    [Fact]
    public Task Unknown_subject_without_close_match() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [Pii(Subjects = new[] { "visitor", {|#0:"employee"|} }, Purposes = new string[] { "marketing" })]
            public string Email { get; set; } = "";
        }
        """,
        TestPolicies.Seed,
        new DiagnosticResult(PolicyProblemAnalyzer.UnknownIdRule).WithLocation(0)
            .WithArguments("data subject", "employee", "subjects", ""));

    [Fact]
    public Task Unknown_ids_in_sensitive_and_class_marks() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        [Pii(Purposes = [{|PII009:"recruting"|}])]
        public class Applicant
        {
            [SensitivePii(Purposes = ["recruiting"], Subjects = [{|PII009:"aplicant"|}])]
            public string Health { get; set; } = "";
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Unknown_processing_purpose_on_method_lambda_and_local_function() => Verify.VerifyAsync("""
        using System;
        using Allio.PiiGuard;

        public class Mailer
        {
            [ProcessingPurpose({|PII009:"newsletter"|})]
            public void Send()
            {
                Action a = [ProcessingPurpose({|PII009:"ads"|})] () => { };
                Local();

                [ProcessingPurpose({|PII009:"spam"|})]
                void Local() { }
            }
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Unknown_recipient_and_store() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        [PiiStore({|#0:"crm"|})]
        public class CrmContext { }

        public class Outbox
        {
            public void Send([PiiRecipient({|#1:"rights-holdr"|})] string payload) { }
        }
        """,
        TestPolicies.Seed,
        new DiagnosticResult(PolicyProblemAnalyzer.UnknownIdRule).WithLocation(0).WithArguments("store", "crm", "stores", ""),
        new DiagnosticResult(PolicyProblemAnalyzer.UnknownIdRule).WithLocation(1)
            .WithArguments("recipient", "rights-holdr", "recipients", "; did you mean 'rights-holder'?"));

    [Fact]
    public Task Constant_ids_are_checked_by_value() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public static class Purposes
        {
            public const string Marketing = "marketing";
            public const string Typo = "marketin";
        }

        public class Visitor
        {
            [Pii(Purposes = [Purposes.Marketing, {|PII009:Purposes.Typo|}])]
            public string Email { get; set; } = "";
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Same_code_is_clean_under_a_policy_that_declares_the_id() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        [PiiStore("eu-archive")]
        public class Archive { }

        public class Visitor
        {
            [Pii(Purposes = ["recruiting"], Subjects = ["applicant"])]
            public string Email { get; set; } = "";

            [ProcessingPurpose("identification")]
            public void Identify([PiiRecipient("rights-holder")] string name) { }
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Ids_are_not_checked_when_the_file_is_not_an_object() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public class Visitor
        {
            [Pii(Purposes = ["anything"])]
            public string Email { get; set; } = "";
        }
        """,
        "{|PII009:42|}");

    [Fact]
    public Task Foreign_attributes_are_not_checked() => Verify.VerifyAsync("""
        using System;

        [AttributeUsage(AttributeTargets.All)]
        public sealed class ProcessingPurposeAttribute(string id) : Attribute { public string Id { get; } = id; }

        public class Mailer
        {
            [ProcessingPurpose("not-in-policy")]
            public void Send() { }
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Declared_constants_and_derived_marks_are_fine() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        public static class Purposes
        {
            public const string Hiring = "recruiting";
        }

        public sealed class ApplicantDataAttribute : PiiAttribute { }

        public class Applicant
        {
            [ApplicantData(Purposes = [Purposes.Hiring], Subjects = ["applicant"])]
            public string LastName { get; set; } = "";
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Policy_with_problems_still_knows_its_valid_entries() => Verify.VerifyAsync("""
        using Allio.PiiGuard;

        [PiiStore("crm-db")]
        public class CrmContext { }
        """,
        """
        {
          "jurisdiction": "RU",
          "stores": [ { "id": "crm-db", "country": "RU", {|PII009:"region"|}: "EU" } ]
        }
        """);
}
