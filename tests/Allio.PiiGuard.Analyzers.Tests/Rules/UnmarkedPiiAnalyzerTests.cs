using Allio.PiiGuard.Analyzers.Rules;
using Allio.PiiGuard.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;
using VerifyFix = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer, Allio.PiiGuard.CodeFixes.AddPiiAttributeFixer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class UnmarkedPiiAnalyzerTests
{
    [Fact]
    public Task Unmarked_email_property_is_reported_with_its_kind() => Verify.VerifyAsync(
        """
        public class Customer
        {
            public string {|#0:Email|} { get; set; } = "";
        }
        """,
        new DiagnosticResult(UnmarkedPiiAnalyzer.Rule).WithLocation(0).WithArguments("Customer.Email", "Email"));

    [Theory]
    [InlineData("string", "Phone")]
    [InlineData("string", "PhoneNumber")]
    [InlineData("long", "MobilePhone")]
    [InlineData("string", "PassportNumber")]
    [InlineData("string", "pasport_seriya_nomer")]
    [InlineData("string", "Snils")]
    [InlineData("string", "INN")]
    [InlineData("System.DateOnly", "DateOfBirth")]
    [InlineData("System.DateTime?", "data_rozhdeniya")]
    [InlineData("string", "Dob")]
    [InlineData("string", "HomeAddress")]
    [InlineData("string", "AddressLine1")]
    [InlineData("string", "adres")]
    [InlineData("string", "Surname")]
    [InlineData("string", "familiya")]
    [InlineData("string", "FirstName")]
    [InlineData("string", "imya")]
    [InlineData("string", "Patronymic")]
    [InlineData("string", "otchestvo")]
    [InlineData("decimal", "DesiredSalary")]
    [InlineData("decimal?", "SalaryExpectation")]
    [InlineData("int", "ExpectedSalary")]
    [InlineData("string", "zarplata")]
    [InlineData("System.Net.IPAddress", "ClientIp")]
    [InlineData("string", "IPAddress")]
    [InlineData("string", "CardNumber")]
    [InlineData("string", "Iban")]
    [InlineData("string", "e_mail")]
    [InlineData("string", "EMail")]
    [InlineData("System.Net.Mail.MailAddress", "MailAddress")]
    [InlineData("string", "Фамилия")]
    [InlineData("System.Collections.Generic.List<string>", "Phones")]
    [InlineData("char[]", "Snils")]
    [InlineData("string", "Diagnosis")]
    [InlineData("string", "Fingerprint")]
    public Task Personal_looking_names_are_reported(string type, string name) => Verify.VerifyAsync(
        $$"""
        public class Person
        {
            public {{type}} {|PII006:{{name}}|} { get; set; } = default!;
        }
        """);

    [Fact]
    public Task Events_about_people_and_typed_ids_of_people_are_reported_venues_are_not() => Verify.VerifyAsync(
        """
        public class MemberId { public MemberId(System.Guid value) { Value = value; } public System.Guid Value { get; } }
        public class MeetingId { public MeetingId(System.Guid value) { Value = value; } public System.Guid Value { get; } }
        public class PayerCreatedDomainEvent
        {
            public string {|PII006:FirstName|} { get; set; } = "";
            public string {|PII006:Name|} { get; set; } = "";
            public string {|PII006:Login|} { get; set; } = "";
        }
        public class EventDto
        {
            public string FullName { get; set; } = "";
            public string EventName { get; set; } = "";
            public string Address { get; set; } = "";
        }
        public class Meeting
        {
            public MeetingId Id { get; set; } = default!;
            public MemberId {|PII006:HostId|} { get; set; } = default!;
            private MemberId {|PII006:_cancelMemberId|} = default!;
            public System.Collections.Generic.List<MemberId> {|PII006:AttendeesIds|} { get; set; } = new();
            public string MeetingLocationCity { get; set; } = "";
            public Meeting() => _cancelMemberId.ToString();
        }
        public class MeetingLocation
        {
            public string City { get; set; } = "";
            public string PostalCode { get; set; } = "";
        }
        public class Attendee
        {
            public MemberId Id { get; set; } = default!;
            public string {|PII006:City|} { get; set; } = "";
        }
        public class Server
        {
            public System.Guid HostId { get; set; }
        }
        """);

    [Fact]
    public Task Unmarked_instance_field_is_reported() => Verify.VerifyAsync(
        """
        public class Applicant
        {
            private string {|PII006:_phone|} = "";
            internal string {|PII006:lastName|} = "";
        }
        """);

    [Fact]
    public Task Record_positional_parameter_is_reported_on_the_parameter() => Verify.VerifyAsync(
        """
        public record Visitor(int Id, string {|PII006:Email|}, string {|PII006:Phone|});
        public readonly record struct Point(string {|PII006:Street|});
        public record Lead(string Email) { public string {|PII006:Email|} { get; init; } = Email; }
        """);

    [Fact]
    public Task Public_method_and_constructor_parameters_are_reported() => Verify.VerifyAsync(
        """
        public class Notifier
        {
            public Notifier(string {|#0:mobilePhone|}) { }
            public void Send(string {|#1:email|}, string body) { }
            protected void Call(long {|PII006:phone|}) { }
        }
        """,
        new DiagnosticResult(UnmarkedPiiAnalyzer.Rule).WithLocation(0).WithArguments("Notifier(mobilePhone)", "Phone"),
        new DiagnosticResult(UnmarkedPiiAnalyzer.Rule).WithLocation(1).WithArguments("Notifier.Send(email)", "Email"));

    [Fact]
    public Task Public_primary_constructor_parameter_is_reported() => Verify.VerifyAsync(
        """
        public class Mailer(string {|PII006:recipientEmail|})
        {
            public string Target => recipientEmail;
        }
        """);

    [Fact]
    public Task Abstract_member_is_reported_once_on_its_declaration() => Verify.VerifyAsync(
        """
        public abstract class Contact { public abstract string {|PII006:Phone|} { get; } }
        public sealed class Lead : Contact { public override string Phone => ""; }
        """);

    [Fact]
    public Task Override_of_a_library_member_is_the_first_declaration_a_user_can_mark()
    {
        var library = Verifiers.TestReferences.Library(
            "public abstract class LibraryAccount { public abstract string Email { get; set; } }", "AccountLibrary");
        var test = new Verifiers.AnalyzerVerifier<UnmarkedPiiAnalyzer>.Test
        {
            TestCode = """
                public class Account : LibraryAccount
                {
                    public override string {|PII006:Email|} { get; set; } = "";
                }
                public sealed class Admin : Account
                {
                    public override string Email { get; set; } = "";
                }
                public class NameComparer : System.Collections.Generic.EqualityComparer<string>
                {
                    public override bool Equals(string? x, string? y) => x == y;
                    public override int GetHashCode(string value) => 0;
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(library);
        return test.RunAsync();
    }

    [Fact]
    public Task Struct_members_are_reported() => Verify.VerifyAsync(
        """
        public struct Passport
        {
            public string {|PII006:PassportSeries|};
            public System.DateTimeOffset {|PII006:BirthDate|} { get; init; }
        }
        """);

    [Theory]
    [InlineData("string", "EmailTemplateId")]
    [InlineData("string", "PhoneCountryCode")]
    [InlineData("string", "FileName")]
    [InlineData("string", "HostAddress")]
    [InlineData("string", "MacAddress")]
    [InlineData("string", "EmailSubject")]
    [InlineData("System.Uri", "BaseAddress")]
    [InlineData("string", "RemoteAddress")]
    [InlineData("string", "InnerException")]
    [InlineData("string", "Inner")]
    [InlineData("bool", "EmailEnabled")]
    [InlineData("int", "EmailCount")]
    [InlineData("int", "PhoneCount")]
    [InlineData("string", "AddressFamily")]
    [InlineData("System.Net.Sockets.AddressFamily", "Family")]
    [InlineData("bool", "IsEmailConfirmed")]
    [InlineData("bool", "HasPhone")]
    [InlineData("string", "EmailBody")]
    [InlineData("string", "BillingAddressId")]
    [InlineData("string", "Telemetry")]
    [InlineData("string", "Hotel")]
    [InlineData("string", "SendEmail")]
    [InlineData("string", "EmailRegex")]
    [InlineData("System.Collections.Generic.List<System.Guid>", "Phones")]
    [InlineData("System.Collections.Generic.Dictionary<string, int>", "Emails")]
    [InlineData("object", "Email")]
    [InlineData("System.Guid", "Email")]
    [InlineData("string", "Name")]
    [InlineData("string", "MaskedPhone")]
    [InlineData("string", "HashedEmail")]
    public Task Look_alike_names_and_types_stay_quiet(string type, string name) => Verify.VerifyAsync(
        $$"""
        public class Settings
        {
            public {{type}} {{name}} { get; set; } = default!;
        }
        """);

    [Fact]
    public Task Bare_address_of_a_network_type_stays_quiet() => Verify.VerifyAsync(
        """
        public class SmtpServer { public string Address { get; set; } = ""; }
        public class ProxyEndpoint { public string Address = ""; }
        public class Envelope { public string {|PII006:FromAddress|} { get; set; } = ""; }
        public class Courier { public string {|PII006:Address|} = ""; }
        """);

    [Fact]
    public Task Getters_marked_on_their_return_value_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Customer
        {
            [return: Pii(Kind = PiiKind.Email)] public string GetEmail() => "";
            public string {|PII006:Phone|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Marked_members_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Customer
        {
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            [SensitivePii] public string Passport = "";
            [Confidential] public string Phone { get; set; } = "";
        }

        public sealed class ConfidentialAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
        {
            public ConfidentialAttribute() : base(new("Corp", "Confidential")) { }
        }
        """);

    [Fact]
    public Task NotPii_member_stays_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Company
        {
            [NotPii(Justification = "the company's hotline")] public string SupportPhone { get; set; } = "";
            public void Call([NotPii] string phone) { }
        }
        """);

    [Fact]
    public Task Members_of_a_type_with_a_class_level_mark_stay_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        [Pii] public class Person { public string Email { get; set; } = ""; public string Phone = ""; }
        [NotPii] public class Office { public string Address { get; set; } = ""; public void Call(string phone) { } }
        """);

    [Fact]
    public Task Record_parameter_marked_through_its_property_stays_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public record Visitor([property: Pii(Kind = PiiKind.Email)] string Email, [Pii] string Phone);
        """);

    [Fact]
    public Task Static_and_const_members_stay_quiet() => Verify.VerifyAsync(
        """
        public class Defaults
        {
            public const string Email = "noreply@allio.ru";
            public static string Phone { get; set; } = "";
            public static readonly string Address = "";
        }
        """);

    [Fact]
    public Task Non_public_method_parameters_stay_quiet() => Verify.VerifyAsync(
        """
        public class Notifier
        {
            private void Send(string email) { }
            internal void Call(string phone) { }
            public void Run() { void Local(string email) { } System.Action<string> lambda = phone => { }; }
        }
        internal class Hidden { public void Send(string email) { } }
        """);

    [Fact]
    public Task Constructor_parameter_feeding_a_marked_member_stays_quiet() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public class Customer
        {
            public Customer(string email) => Email = email;
            [Pii(Kind = PiiKind.Email)] public string Email { get; }
        }
        """);

    [Fact]
    public Task Overrides_and_implementations_stay_quiet_and_the_interface_is_reported_once() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public interface IContact { string {|PII006:Email|} { get; } void Send(string {|PII006:email|}); }
        public abstract class Base { [Pii(Kind = PiiKind.Phone)] public abstract string Phone { get; } public abstract void Call([Pii] string phone); }
        public sealed class Derived : Base, IContact
        {
            [Pii(Kind = PiiKind.Email)] public string Email => "";
            public override string Phone => "";
            public override void Call(string phone) { }
            void IContact.Send(string email) { }
        }
        """);

    [Fact]
    public Task Without_the_vocabulary_nothing_is_reported()
    {
        var test = new Verifiers.AnalyzerVerifier<UnmarkedPiiAnalyzer>.Test
        {
            TestCode = "public class Customer { public string Email { get; set; } = \"\"; }",
        };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_relies_on_a_global_using_in_another_file()
    {
        const string globalUsings = "global using Allio.PiiGuard;\n";
        var test = new Verifiers.CodeFixVerifier<UnmarkedPiiAnalyzer, AddPiiAttributeFixer>.Test();
        test.TestState.Sources.Add(("Usings.cs", globalUsings));
        test.TestState.Sources.Add(("Customer.cs", """
            public class Customer
            {
                public string {|PII006:Phone|} { get; set; } = "";
            }
            """));
        test.FixedState.Sources.Add(("Usings.cs", globalUsings));
        test.FixedState.Sources.Add(("Customer.cs", """
            public class Customer
            {
                [Pii(Kind = PiiKind.Phone)]
                public string Phone { get; set; } = "";
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task Fix_adds_the_mark_with_the_kind_and_the_using() => VerifyFix.VerifyAsync(
        """
        public class Customer
        {
            public string {|PII006:Email|} { get; set; } = "";
        }
        """,
        """
        using Allio.PiiGuard;

        public class Customer
        {
            [Pii(Kind = PiiKind.Email)]
            public string Email { get; set; } = "";
        }
        """);

    [Fact]
    public Task Fix_does_not_duplicate_an_existing_using() => VerifyFix.VerifyAsync(
        """
        using System;
        using Allio.PiiGuard;

        namespace Crm
        {
            public class Applicant
            {
                public DateOnly {|PII006:BirthDate|} { get; set; }
                private string {|PII006:_snils|} = "";
            }
        }
        """,
        """
        using System;
        using Allio.PiiGuard;

        namespace Crm
        {
            public class Applicant
            {
                [Pii(Kind = PiiKind.BirthDate)]
                public DateOnly BirthDate { get; set; }

                [Pii(Kind = PiiKind.GovernmentId)]
                private string _snils = "";
            }
        }
        """);

    [Fact]
    public Task Fix_annotates_a_record_positional_parameter() => VerifyFix.VerifyAsync(
        """
        using Allio.PiiGuard;

        public record Visitor(int Id, string {|PII006:Phone|});
        """,
        """
        using Allio.PiiGuard;

        public record Visitor(int Id, [Pii(Kind = PiiKind.Phone)] string Phone);
        """);

    [Fact]
    public Task Fix_uses_the_special_category_marks() => VerifyFix.VerifyAsync(
        """
        using Allio.PiiGuard;

        public class Patient
        {
            public string {|PII006:Diagnosis|} { get; set; } = "";
            public string {|PII006:Fingerprint|} { get; set; } = "";
            public string {|PII006:Religion|} { get; set; } = "";
        }
        """,
        """
        using Allio.PiiGuard;

        public class Patient
        {
            [SensitivePii(Kind = PiiKind.Health)]
            public string Diagnosis { get; set; } = "";
            [BiometricPii]
            public string Fingerprint { get; set; } = "";
            [SensitivePii(Kind = PiiKind.Other)]
            public string Religion { get; set; } = "";
        }
        """);

    [Fact]
    public Task Second_action_adds_NotPii() => VerifyFix.VerifyAsync(
        """
        using Allio.PiiGuard;

        public class Visitor
        {
            public string {|PII006:Phone|} { get; set; } = "";
        }
        """,
        """
        using Allio.PiiGuard;

        public class Visitor
        {
            [NotPii]
            public string Phone { get; set; } = "";
        }
        """,
        codeActionIndex: 1);

    [Fact]
    public Task Incomplete_code_does_not_break_the_analyzer()
    {
        var test = new Verifiers.AnalyzerVerifier<UnmarkedPiiAnalyzer>.Test
        {
            TestCode = """
        public class Customer
        {
            public string {|PII006:Email|} { get; set; }
            public void Send(string {|PII006:phone|}, Missing address
            public record Broken(string
        """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task An_interface_parameter_and_its_implementations_are_reported_once() => Verify.VerifyAsync(
        """
        public interface INotifier { void Notify(string {|PII006:phone|}); string {|PII006:Email|} { get; } }
        public class SmsNotifier : INotifier { public void Notify(string phone) { } public string Email => ""; }
        public class VoiceNotifier : INotifier { public void Notify(string phone) { } public string Email { get; set; } = ""; }
        """);

    [Fact]
    public Task A_mark_on_the_interface_silences_the_implementations() => Verify.VerifyAsync(
        """
        using Allio.PiiGuard;
        public interface INotifier { void Notify([Pii(Kind = PiiKind.Phone)] string phone); }
        public class SmsNotifier : INotifier { public void Notify(string phone) { } }
        """);

    [Theory]
    [InlineData("string", "BuyerName")]
    [InlineData("string", "CardHolderName")]
    [InlineData("string", "CardSecurityCode")]
    [InlineData("string", "UserName")]
    [InlineData("double", "Latitude")]
    [InlineData("double", "Longitude")]
    [InlineData("string", "MedicalRecordNumber")]
    [InlineData("string", "DeviceId")]
    [InlineData("string", "Employer")]
    [InlineData("string", "TaxNumber")]
    [InlineData("string", "Cvv")]
    [InlineData("decimal", "Salary")]
    [InlineData("string", "Polis")]
    [InlineData("string", "nomer_telefona")]
    public Task Wider_table_names_are_reported(string type, string name) => Verify.VerifyAsync(
        $$"""
        public class Customer
        {
            public {{type}} {|PII006:{{name}}|} { get; set; } = default!;
        }
        """);

    [Theory]
    [InlineData("SmtpSettings", "string", "Email")]
    [InlineData("SupportOptions", "string", "Phone")]
    [InlineData("MailConfiguration", "string", "FromAddress")]
    [InlineData("ContactConfig", "string", "Email")]
    [InlineData("SshKey", "string", "Fingerprint")]
    [InlineData("OpenIdSetup", "string", "MetadataAddress")]
    [InlineData("CategoryPath", "string", "FullName")]
    [InlineData("ProductCategory", "string", "FullName")]
    [InlineData("Device", "string", "MobileAppVersion")]
    [InlineData("Payroll", "string", "SalaryCurrency")]
    [InlineData("Payment", "string", "CreditCardBrand")]
    [InlineData("Reflection", "string", "TypeFullName")]
    [InlineData("Reflection", "string", "AssemblyFullName")]
    [InlineData("Certificate", "string", "KeyFingerprint")]
    [InlineData("Server", "string", "LoginUrl")]
    public Task Names_that_mean_something_else_in_their_context_stay_quiet(string owner, string type, string name) => Verify.VerifyAsync(
        $$"""
        public class {{owner}}
        {
            public {{type}} {{name}} { get; set; } = default!;
        }
        """);

    [Fact]
    public Task Recipients_of_a_message_are_reported_and_its_sender_is_not() => Verify.VerifyAsync(
        """
        public class QueuedEmail
        {
            public string From { get; set; } = "";
            public string FromName { get; set; } = "";
            public string {|PII006:To|} { get; set; } = "";
            public string {|PII006:ToName|} { get; set; } = "";
            public string {|PII006:ReplyTo|} { get; set; } = "";
            public string {|PII006:ReplyToName|} { get; set; } = "";
            public string {|PII006:CC|} { get; set; } = "";
            public string {|PII006:Bcc|} { get; set; } = "";
            public string Subject { get; set; } = "";
            public string EmailAccountId { get; set; } = "";
        }
        public class GiftLetter { public string {|PII006:SenderName|} { get; set; } = ""; }
        public class EmailTemplate { public string To { get; set; } = ""; public string Bcc { get; set; } = ""; }
        public class EmailSettings { public string SenderEmail { get; set; } = ""; public string SenderName { get; set; } = ""; }
        public class Redirect { public string To { get; set; } = ""; }
        """);

    [Fact]
    public Task A_sign_up_form_is_a_person_s_and_its_birth_date_parts_are_reported() => Verify.VerifyAsync(
        """
        public class RegisterModel
        {
            public string {|PII006:Name|} { get; set; } = "";
            public string {|PII006:Gender|} { get; set; } = "";
            public int? {|PII006:DateOfBirthDay|} { get; set; }
            public int? {|PII006:DateOfBirthMonth|} { get; set; }
            public int? {|PII006:DateOfBirthYear|} { get; set; }
            public string {|PII006:VatNumber|} { get; set; } = "";
            public string MobileAppVersion { get; set; } = "";
            public int VatNumberStatusId { get; set; }
        }
        public class DeviceRegistrationRequest { public string Name { get; set; } = ""; }
        public class Customer { public int DaysToBirthday { get; set; } }
        public class Company { public string VatNumber { get; set; } = ""; }
        """);

    [Fact]
    public Task Card_codes_push_tokens_and_external_display_identifiers_are_reported_in_their_context() => Verify.VerifyAsync(
        """
        public class PaymentInfoModel
        {
            public string {|PII006:CardNumber|} { get; set; } = "";
            public string {|PII006:CardCode|} { get; set; } = "";
        }
        public class ShoppingCartModel { public string GiftCardCode { get; set; } = ""; public string CardCode { get; set; } = ""; }
        public class PushRegistration { public string {|PII006:Token|} { get; set; } = ""; }
        public class AuthResult { public string Token { get; set; } = ""; }
        public class ExternalAuthentication { public string {|PII006:ExternalDisplayIdentifier|} { get; set; } = ""; }
        public class Product { public string ExternalDisplayIdentifier { get; set; } = ""; }
        """);

    [Fact]
    public Task Addresses_of_pickup_points_and_lockers_are_premises() => Verify.VerifyAsync(
        """
        public class PickupPoint { public string Address { get; set; } = ""; public string City { get; set; } = ""; public string Phone { get; set; } = ""; }
        public class ParcelLocker { public double Latitude { get; set; } }
        public class Shipment
        {
            public string PickupPointAddress { get; set; } = "";
            public string {|PII006:ShippingAddress|} { get; set; } = "";
        }
        public class GeoPoint { public double {|PII006:Latitude|} { get; set; } }
        """);

    [Fact]
    public Task Fix_all_marks_every_member_in_the_document_project_and_solution()
    {
        var test = new VerifyFix.Test { CodeActionEquivalenceKey = "PiiGuard.AddPii", CodeActionIndex = 0 };
        test.TestState.Sources.Add(("/0/Customer.cs", """
            public class Customer
            {
                public string {|PII006:Email|} { get; set; } = "";
                public string {|PII006:Phone|} { get; set; } = "";
            }
            """));
        test.TestState.Sources.Add(("/0/Buyer.cs", """
            public class Buyer
            {
                public string {|PII006:BuyerName|} { get; set; } = "";
            }
            """));
        test.FixedState.Sources.Add(("/0/Customer.cs", """
            using Allio.PiiGuard;

            public class Customer
            {
                [Pii(Kind = PiiKind.Email)]
                public string Email { get; set; } = "";
                [Pii(Kind = PiiKind.Phone)]
                public string Phone { get; set; } = "";
            }
            """));
        test.FixedState.Sources.Add(("/0/Buyer.cs", """
            using Allio.PiiGuard;

            public class Buyer
            {
                [Pii(Kind = PiiKind.FullName)]
                public string BuyerName { get; set; } = "";
            }
            """));

        // One iteration of Fix All marks everything in scope; fixing one by one takes one per diagnostic.
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllInDocumentIterations = 2;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }
}
