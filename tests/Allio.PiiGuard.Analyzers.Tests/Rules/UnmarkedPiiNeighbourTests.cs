using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII006 where the containing type and the neighbouring members decide: people's ids and names, address and card parts.</summary>
public sealed class UnmarkedPiiNeighbourTests
{
    [Theory]
    [InlineData("string", "UserId")]
    [InlineData("System.Guid", "CustomerId")]
    [InlineData("int?", "BuyerId")]
    [InlineData("string", "BuyerIdentityGuid")]
    [InlineData("System.Guid", "EmployeeUuid")]
    [InlineData("string", "buyerId")]
    public Task Ids_of_people_are_reported(string type, string name) => Verify.VerifyAsync(
        $$"""
        public class OrderStarted
        {
            public {{type}} {|PII006:{{name}}|} { get; set; } = default!;
            public int OrderId { get; set; }
            public System.Guid RequestId { get; set; }
        }
        """);

    [Theory]
    [InlineData("Buyer")]
    [InlineData("ApplicationUser")]
    [InlineData("UserInfo")]
    [InlineData("CustomerViewModel")]
    public Task A_bare_name_and_identity_in_a_persons_type_are_reported_but_not_its_key(string type) => Verify.VerifyAsync(
        $$"""
        public class {{type}}
        {
            public System.Guid Id { get; set; }
            public string {|PII006:Name|} { get; set; } = "";
            public string {|PII006:LastName|} { get; set; } = "";
            public string {|PII006:IdentityGuid|} { get; set; } = "";
            public int OrderId { get; set; }
            public string ProductName { get; set; } = "";
        }
        """);

    [Theory]
    [InlineData("Product")]
    [InlineData("CatalogBrand")]
    [InlineData("CardType")]
    [InlineData("Campaign")]
    public Task A_bare_name_and_id_elsewhere_stay_quiet(string type) => Verify.VerifyAsync(
        $$"""
        public class {{type}}
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public string ClientName { get; set; } = "";
        }
        """);

    [Fact]
    public Task Address_parts_next_to_an_address_are_reported() => Verify.VerifyAsync(
        """
        public class OrderCheckout
        {
            public string {|PII006:Street|} { get; set; } = "";
            public string {|PII006:City|} { get; set; } = "";
            public string {|PII006:State|} { get; set; } = "";
            public string {|PII006:Country|} { get; set; } = "";
            public string {|PII006:CountryCode|} { get; set; } = "";
            public string {|PII006:ZipCode|} { get; set; } = "";
            public string PhoneCountryCode { get; set; } = "";
            public string SalaryCurrency { get; set; } = "";
        }

        public class Address
        {
            public string {|PII006:Region|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Address_parts_alone_or_of_premises_stay_quiet() => Verify.VerifyAsync(
        """
        public class Workflow
        {
            public string State { get; set; } = "";
            public string Country { get; set; } = "";
            public string Region { get; set; } = "";
        }

        public class Store
        {
            public string Address { get; set; } = "";
            public string City { get; set; } = "";
            public string Country { get; set; } = "";
            public double Latitude { get; set; }
        }

        public class WarehouseLocation
        {
            public string Street { get; set; } = "";
            public string ZipCode { get; set; } = "";
        }
        """);

    [Fact]
    public Task Contact_data_of_organisations_stays_quiet_but_their_contact_persons_are_reported() => Verify.VerifyAsync(
        """
        public class Organization
        {
            public string BillingEmail { get; set; } = "";
            public string BillingPhone { get; set; } = "";
            public string BusinessTaxNumber { get; set; } = "";
            public string {|PII006:ContactEmail|} { get; set; } = "";
            public string {|PII006:ContactName|} { get; set; } = "";
        }

        public class ProviderProfile
        {
            public string BusinessAddress1 { get; set; } = "";
            public string BusinessCountry { get; set; } = "";
            public string CompanyPhone { get; set; } = "";
        }

        public class TaxRate
        {
            public string Country { get; set; } = "";
            public string PostalCode { get; set; } = "";
        }

        public class AccountLegalEntity
        {
            public string Name { get; set; } = "";
            public string Address { get; set; } = "";
        }

        public class RequestEntity
        {
            public string {|PII006:Email|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Address_parts_named_after_another_thing_stay_quiet() => Verify.VerifyAsync(
        """
        public class ApplicationUser
        {
            public string SecurityState { get; set; } = "";
            public string {|PII006:BillingCountry|} { get; set; } = "";
        }

        public class OrderPayment
        {
            public string {|PII006:Street|} { get; set; } = "";
            public string DirectDebitCountry { get; set; } = "";
            public string {|PII006:StateProvinceName|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Identifiers_of_devices_and_their_push_tokens_are_reported() => Verify.VerifyAsync(
        """
        public class Device
        {
            public string {|PII006:Identifier|} { get; set; } = "";
            public string {|PII006:PushToken|} { get; set; } = "";
            public string Name { get; set; } = "";
        }

        public class Session
        {
            public string Identifier { get; set; } = "";
        }
        """);

    [Fact]
    public Task The_application_s_mail_account_stays_quiet() => Verify.VerifyAsync(
        """
        public class EmailAccount
        {
            public string Email { get; set; } = "";
            public string Username { get; set; } = "";
        }

        public class QueuedEmail
        {
            public string {|PII006:ToAddress|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Card_parts_next_to_a_card_are_reported() => Verify.VerifyAsync(
        """
        public class PaymentMethod
        {
            private string {|PII006:_cardNumber|} = "";
            private string {|PII006:_securityNumber|} = "";
            private System.DateTime {|PII006:_expiration|};
            private string _alias = "";
        }

        public class Checkout
        {
            public string {|PII006:CardHolderName|} { get; set; } = "";
            public string {|PII006:CardSecurityNumber|} { get; set; } = "";
            public int {|PII006:ExpirationMonth|} { get; set; }
            public int CardTypeId { get; set; }
            public string CreditCardBrand { get; set; } = "";
        }
        """);

    [Fact]
    public Task Expirations_and_security_numbers_without_a_card_stay_quiet() => Verify.VerifyAsync(
        """
        public class AccessToken
        {
            public System.DateTime Expiration { get; set; }
            public string SecurityNumber { get; set; } = "";
        }
        """);

    [Fact]
    public Task Settings_view_models_stay_quiet() => Verify.VerifyAsync(
        """
        public class SettingsViewModel
        {
            private double _latitude;
            private double _longitude;
            public string SupportEmail { get; set; } = "";
        }
        """);

    [Fact]
    public Task Constructor_parameters_are_judged_with_their_sibling_parameters() => Verify.VerifyAsync(
        """
        public class Shipment
        {
            public Shipment(string {|PII006:street|}, string {|PII006:country|}) { }
            public void Route(string country, int priority) { }
        }
        """);
}
