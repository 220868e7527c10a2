using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;
using VerifyFix = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer, Allio.PiiGuard.CodeFixes.AddPiiAttributeFixer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII006 on getter methods (<c>GetTelephone()</c>, <c>get_email()</c>): the sources inference reads, reported and marked on their return value.</summary>
public sealed class UnmarkedPiiGetterTests
{
    [Fact]
    public Task Unmarked_getter_is_reported_with_its_kind() => Verify.VerifyAsync(
        """
        public class Person
        {
            public string {|#0:GetTelephone|}() => "";
            public string {|#1:get_email|}() => "";
            public string {|#2:GetSocialSecurityNumber|}(int version) => "";
            public static string GetSupportPhone() => ""; // static state: the operator's, not a person's
            public static string GetHomePhone() => "";
        }
        public static class PersonExtensions
        {
            public static string {|#3:GetEmail|}(this Person person) => "";
        }
        """,
        new DiagnosticResult(UnmarkedPiiAnalyzer.Rule).WithLocation(0).WithArguments("Person.GetTelephone()", "Phone"),
        new DiagnosticResult(UnmarkedPiiAnalyzer.Rule).WithLocation(1).WithArguments("Person.get_email()", "Email"),
        new DiagnosticResult(UnmarkedPiiAnalyzer.Rule).WithLocation(2).WithArguments("Person.GetSocialSecurityNumber(...)", "GovernmentId"),
        new DiagnosticResult(UnmarkedPiiAnalyzer.Rule).WithLocation(3).WithArguments("PersonExtensions.GetEmail(...)", "Email"));

    [Fact]
    public Task Getters_marked_on_their_return_value_or_NotPii_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Person
        {
            [return: Pii(Kind = PiiKind.Phone)] public string GetTelephone() => "";
            [return: SensitivePii(Kind = PiiKind.Health)] public string GetDiagnosis() => "";
            [return: BiometricPii] public string GetFingerprint() => "";
            [return: NotPii] public string GetEmail() => "";
            public string {|PII006:GetMobile|}() => "";
        }
        [NotPii]
        public class Hotline { public string GetPhone() => ""; }
        """);

    [Fact]
    public Task Methods_that_are_no_getters_of_personal_data_stay_quiet() => Verify.VerifyAsync(
        """
        using System.Collections;
        using System.Collections.Generic;
        public class Person : IEnumerable<string>
        {
            public override int GetHashCode() => 0;
            public IEnumerator<string> GetEnumerator() => new List<string>().GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            public new System.Type GetType() => typeof(Person);
            public void GetEmail() { }
            public bool GetEmailConfirmed() => true;
            public string GetEmailTemplateId() => "";
            public string Getaway() => "";
            public string Email() => "";
            public string SendEmail() => "";
            public string {|PII006:PhoneNumber|} { get { return ""; } }
        }
        """);

    [Fact]
    public Task An_interface_getter_and_its_implementations_are_reported_once() => Verify.VerifyAsync(
        """
        public interface IContact { string {|PII006:GetEmail|}(); }
        public class Contact : IContact { public string GetEmail() => ""; }
        public abstract class Base { public abstract string {|PII006:GetPhone|}(); }
        public class Derived : Base { public override string GetPhone() => ""; }
        """);

    [Fact]
    public Task A_mark_on_the_interface_getter_silences_the_implementations() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public interface IContact { [return: Pii(Kind = PiiKind.Email)] string GetEmail(); [return: NotPii] string GetPhone(); }
        public class Contact : IContact { public string GetEmail() => ""; public string GetPhone() => ""; }
        """);

    [Fact]
    public Task Fix_marks_the_return_value_of_a_getter() => VerifyFix.VerifyAsync(
        """
        public class Person
        {
            public string {|PII006:GetTelephone|}() => "";
        }
        """,
        """
        using Allio.PiiGuard;

        public class Person
        {
            [return: Pii(Kind = PiiKind.Phone)]
            public string GetTelephone() => "";
        }
        """);

    [Fact]
    public Task Second_action_marks_the_return_value_NotPii() => VerifyFix.VerifyAsync(
        """
        using Allio.PiiGuard;

        public interface IContact
        {
            string {|PII006:GetEmail|}();
        }
        """,
        """
        using Allio.PiiGuard;

        public interface IContact
        {
            [return: NotPii]
            string GetEmail();
        }
        """,
        codeActionIndex: 1);

    [Fact]
    public Task Fix_all_marks_getters_and_members_together()
    {
        var test = new VerifyFix.Test { CodeActionEquivalenceKey = "PiiGuard.AddPii", CodeActionIndex = 0 };
        test.TestState.Sources.Add(("/0/Customer.cs", """
            public class Customer
            {
                public string {|PII006:Email|} { get; set; } = "";

                public string {|PII006:GetTelephone|}() => "";

                public string {|PII006:GetDiagnosis|}() => "";
            }
            """));
        test.FixedState.Sources.Add(("/0/Customer.cs", """
            using Allio.PiiGuard;

            public class Customer
            {
                [Pii(Kind = PiiKind.Email)]
                public string Email { get; set; } = "";

                [return: Pii(Kind = PiiKind.Phone)]
                public string GetTelephone() => "";

                [return: SensitivePii(Kind = PiiKind.Health)]
                public string GetDiagnosis() => "";
            }
            """));

        // One iteration of Fix All marks everything in scope; fixing one by one takes one per diagnostic.
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllInDocumentIterations = 1;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Asynchronous_getters_of_people_s_ids_are_reported_by_what_their_task_returns() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        public interface IMembershipService
        {
            Task<IList<string>> {|PII006:GetUserIdsByRoleAsync|}(string organizationId, string role);
            Task<IEnumerable<string>> {|PII006:GetMemberIdsAsync|}(string organizationId);
            ValueTask<string> {|PII006:GetEmailForUserAsync|}(string key);
            Task<string> {|PII006:get_phone_async|}();
        }
        """);

    [Fact]
    public Task Asynchronous_getters_of_anything_else_stay_quiet() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        public interface IMembershipService
        {
            Task<IList<string>> GetOrganizationIdsByUserIdAsync(string key);
            Task<IList<string>> GetRolesByUserIdAsync(string key);
            Task<bool> GetEmailConfirmedAsync(string key);
            Task<int> GetUserCountAsync();
            Task GetUserIdsAsync();
        }
        """);
}
