using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
using ExceptionTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInExceptionAnalyzer>.Test;
using SerializedTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Inference mode: unmarked members, parameters and getters named like personal data become sources.</summary>
public sealed class InferenceTests
{
    private const string GlobalOn = "is_global = true\nbuild_property.PiiGuardInference = names\n";

    private const string Person = """

        public class Person
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string SocialSecurityNumber { get; set; } = "";
            public string GetTelephone() => "";
            public string MobileAppVersion { get; set; } = "";
            public string SalaryCurrency { get; set; } = "";
            public string EmailTemplateId { get; set; } = "";
            public string PhoneCountryCode { get; set; } = "";
            public string CreditCardBrand { get; set; } = "";
            public string FileName { get; set; } = "";
            public string HostAddress { get; set; } = "";
        }
        """;

    [Fact]
    public Task Inferred_member_reaching_a_log_is_reported_under_the_rule_id_and_says_so() => Log(
        """
        using Microsoft.Extensions.Logging;
        class C
        {
            void Run(ILogger logger, Person p) => logger.LogInformation("Signed in {Email}", {|#0:p.Email|});
        }
        """ + Person,
        GlobalOn,
        new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("'Person.Email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"));

    [Fact]
    public Task Inference_is_off_unless_set() => Log(
        """
        using Microsoft.Extensions.Logging;
        class C
        {
            void Run(ILogger logger, Person p) => logger.LogInformation("Signed in {Email}", p.Email);
        }
        """ + Person,
        analyzerConfig: null);

    [Fact]
    public Task Inference_set_to_off_stays_off() => Log(
        """
        using Microsoft.Extensions.Logging;
        class C
        {
            void Run(ILogger logger, Person p) => logger.LogInformation("Signed in {Email}", p.Email);
        }
        """ + Person,
        "is_global = true\nbuild_property.PiiGuardInference = off\n");

    [Fact]
    public Task Parameters_and_getter_methods_are_inferred_too() => Log(
        """
        using Microsoft.Extensions.Logging;
        class C
        {
            void SignIn(ILogger logger, string email) => logger.LogInformation("User {email} attempting to log in", {|PII001:email|});
            void Call(ILogger logger, Person p) => logger.LogInformation("Calling {Phone}", {|PII001:p.GetTelephone()|});
            void Ssn(ILogger logger, Person p) => logger.LogInformation("SSN {Ssn}", {|PII001:p.SocialSecurityNumber|});
        }
        """ + Person,
        GlobalOn);

    [Fact]
    public Task Distractor_names_stay_quiet() => Log(
        """
        using Microsoft.Extensions.Logging;
        public class SmtpSettings { public string Email { get; set; } = ""; public string Phone { get; set; } = ""; }
        public class SupportOptions { public string ContactEmail { get; set; } = ""; }
        public class SshKey { public string Fingerprint { get; set; } = ""; }
        public class OidcSetup { public string MetadataAddress { get; set; } = ""; }
        public class Category { public string FullName { get; set; } = ""; }
        class C
        {
            void Run(ILogger logger, Person p, SmtpSettings smtp, SupportOptions support, SshKey key, OidcSetup oidc, Category category)
            {
                logger.LogInformation("{A} {B} {C} {D}", p.MobileAppVersion, p.SalaryCurrency, p.EmailTemplateId, p.PhoneCountryCode);
                logger.LogInformation("{A} {B} {C} {D}", p.CreditCardBrand, p.FileName, p.HostAddress, p.Id);
                logger.LogInformation("{A} {B} {C}", smtp.Email, smtp.Phone, support.ContactEmail);
                logger.LogInformation("{A} {B} {C}", key.Fingerprint, oidc.MetadataAddress, category.FullName);
                logger.LogInformation("{A} {B}", typeof(Person).FullName, typeof(Person).Assembly.FullName);
            }
        }
        """ + Person,
        GlobalOn);

    [Fact]
    public Task Tuple_elements_and_anonymous_members_hold_what_is_put_in_not_what_their_names_say() => Log(
        """
        using Microsoft.Extensions.Logging;
        public class Session { public System.Guid Id { get; set; } public string IpAddress { get; set; } = ""; public string Plan { get; set; } = ""; }
        class C
        {
            void Run(ILogger logger, Session s)
            {
                var t = (s.Id, s.IpAddress);
                logger.LogInformation("{Id}", t.Id);
                logger.LogInformation("{Ip}", {|PII001:t|}.IpAddress);
                var masked = (IpAddress: "***", s.Plan);
                logger.LogInformation("{Ip}", masked.IpAddress);
                var shown = new { Email = "hidden", s.Plan };
                logger.LogInformation("{Shown}", shown.Email);
            }
        }
        """,
        GlobalOn);

    [Fact]
    public Task Explicit_marks_win_over_the_guess() => Log(
        """
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public class Account
        {
            [Pii(Kind = PiiKind.OnlineIdentifier)] public string Email { get; set; } = "";
        }
        class C
        {
            void Run(ILogger logger, Account a) => logger.LogInformation("{Email}", {|#0:a.Email|});
        }
        """,
        GlobalOn,
        new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("Personal data 'Account.Email' (OnlineIdentifier) reaches log sink 'ILogger.LogInformation' unredacted"));

    [Fact]
    public Task NotPii_silences_a_name_and_a_type() => Log(
        """
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public class Mailer
        {
            [NotPii] public string Email { get; set; } = "";
        }
        [NotPii]
        public class Hotline
        {
            public string Phone { get; set; } = "";
        }
        class C
        {
            void Run(ILogger logger, Mailer m, Hotline h, [NotPii] string email) => logger.LogInformation("{A} {B} {C}", m.Email, h.Phone, email);
        }
        """,
        GlobalOn);

    [Fact]
    public Task NotPii_on_a_return_value_silences_an_inferred_getter() => Log(
        """
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public interface IHotline { [return: NotPii] string GetPhone(); }
        public class Hotline : IHotline
        {
            [return: NotPii] public string GetTelephone() => "";
            public string GetPhone() => "";
            public string GetMobile() => "";
        }
        class C
        {
            void Run(ILogger logger, Hotline h) => logger.LogInformation("{A} {B} {C}", h.GetTelephone(), h.GetPhone(), {|PII001:h.GetMobile()|});
        }
        """,
        GlobalOn);

    [Fact]
    public Task NotPii_on_a_return_value_silences_an_inferred_getter_for_the_exception_rule()
    {
        var test = new ExceptionTest
        {
            TestCode = """
                using System;
                using Allio.PiiGuard;
                public class Hotline
                {
                    [return: NotPii] public string GetTelephone() => "";
                    public string GetMobile() => "";
                }
                class C
                {
                    void Run(Hotline h) => throw new InvalidOperationException($"{h.GetTelephone()} {{|PII007:h.GetMobile()|}}");
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalOn));
        return test.RunAsync();
    }

    [Fact]
    public Task A_return_mark_on_the_interface_getter_holds_for_its_implementations() => Log(
        """
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public interface IContact { [return: Pii(Kind = PiiKind.Email)] string Primary(); }
        public class Contact : IContact { public string Primary() => ""; }
        class C
        {
            void Run(ILogger logger, Contact c) => logger.LogInformation("{A}", {|PII001:c.Primary()|});
        }
        """,
        analyzerConfig: null);

    [Fact]
    public Task An_editorconfig_switches_inference_on_for_its_folder_only()
    {
        var test = new LogTest();
        test.TestState.Sources.Add(("/src/Legacy/Old.cs", """
            using Microsoft.Extensions.Logging;
            public class OldCustomer { public string Email { get; set; } = ""; }
            class Old
            {
                void Run(ILogger logger, OldCustomer c) => logger.LogInformation("{Email}", {|PII001:c.Email|});
            }
            """));
        test.TestState.Sources.Add(("/src/Modern/New.cs", """
            using Microsoft.Extensions.Logging;
            public class NewCustomer { public string Email { get; set; } = ""; }
            class New
            {
                void Run(ILogger logger, NewCustomer c) => logger.LogInformation("{Email}", c.Email);
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/src/Legacy/.editorconfig", "[*.cs]\npiiguard.inference = names\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task An_editorconfig_can_switch_a_folder_off_when_the_build_turns_inference_on()
    {
        var test = new LogTest();
        test.TestState.Sources.Add(("/src/Generated/Dto.cs", """
            public class Dto { public string Email { get; set; } = ""; }
            """));
        test.TestState.Sources.Add(("/src/App/Use.cs", """
            using Microsoft.Extensions.Logging;
            public class Customer { public string Phone { get; set; } = ""; }
            class Use
            {
                void Run(ILogger logger, Dto d, Customer c) => logger.LogInformation("{A} {B}", d.Email, {|PII001:c.Phone|});
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalOn));
        test.TestState.AnalyzerConfigFiles.Add(("/src/Generated/.editorconfig", "[*.cs]\npiiguard.inference = off\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Inferred_member_in_an_exception_message_is_reported()
    {
        var test = new ExceptionTest
        {
            TestCode = """
                using System;
                class C
                {
                    void Run(Person person) => throw new InvalidOperationException($"No account for {{|#0:person.Email|}}");
                }
                """ + Person,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalOn));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInExceptionAnalyzer.Rule).WithLocation(0)
            .WithMessage("'Person.Email' looks like personal data by its name (Email) and is put into exception 'new InvalidOperationException'"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_whole_object_with_inferred_members_is_serialized_personal_data()
    {
        var test = new SerializedTest
        {
            TestCode = """
                using System.Text.Json;
                class C
                {
                    string Run(Person person) => JsonSerializer.Serialize({|PII002:person|});
                    string Safe(Person person) => JsonSerializer.Serialize(person.Id);
                }
                """ + Person,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalOn));
        return test.RunAsync();
    }

    [Fact]
    public Task A_parameter_inherits_the_interface_parameter_mark()
    {
        var test = new LogTest
        {
            TestCode = """
                using Allio.PiiGuard;
                using Microsoft.Extensions.Logging;
                public interface INotifier { void Notify([Pii(Kind = PiiKind.Phone)] string target); }
                public class SmsNotifier(ILogger logger) : INotifier
                {
                    public void Notify(string target) => logger.LogInformation("Sending to {Target}", {|PII001:target|});
                }
                """,
        };
        return test.RunAsync();
    }

    private static Task Log(string source, string? analyzerConfig, params DiagnosticResult[] expected)
    {
        var test = new LogTest { TestCode = source };
        if (analyzerConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", analyzerConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
