using Allio.PiiGuard.Analyzers.Model;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class PiiNameHeuristicsTests
{
    [Theory]
    [InlineData("IPAddress", "ip address")]
    [InlineData("dateOfBirth", "date of birth")]
    [InlineData("data_rozhdeniya", "data rozhdeniya")]
    [InlineData("EMail", "e mail")]
    [InlineData("AddressLine1", "address line 1")]
    [InlineData("_phone", "phone")]
    [InlineData("SNILS", "snils")]
    [InlineData("НомерТелефона", "номер телефона")]
    public void Identifiers_split_into_lower_case_words(string identifier, string words) =>
        Assert.Equal(words, string.Join(" ", PiiNameHeuristics.Words(identifier)));

    [Theory]
    [InlineData("EmailAddress", "Email")]
    [InlineData("MailAddress", "Email")]
    [InlineData("DeliveryAddress", "PostalAddress")]
    [InlineData("RemoteIpAddress", "OnlineIdentifier")]
    [InlineData("CreditCardNumber", "FinancialAccount")]
    [InlineData("Emails", "Email")]
    [InlineData("TaxId", "GovernmentId")]
    [InlineData("ReplyToAddress", "Email")]
    [InlineData("CardHolderName", "FullName")]
    [InlineData("BuyerName", "FullName")]
    [InlineData("CardSecurityCode", "FinancialAccount")]
    [InlineData("UserName", "OnlineIdentifier")]
    [InlineData("MedicalRecordNumber", "Health")]
    [InlineData("SocialSecurityNumber", "GovernmentId")]
    [InlineData("nomerTelefona", "Phone")]
    [InlineData("adresProzhivaniya", "PostalAddress")]
    [InlineData("FaxNumber", "Phone")]
    [InlineData("DirectDebitAccountHolder", "FullName")]
    [InlineData("PushToken", "OnlineIdentifier")]
    [InlineData("DeviceIdentifier", "OnlineIdentifier")]
    [InlineData("GranteeId", "OnlineIdentifier")]
    [InlineData("GrantorId", "OnlineIdentifier")]
    [InlineData("AssigneeId", "OnlineIdentifier")]
    [InlineData("CreditCardExpireYear", "FinancialAccount")]
    [InlineData("CountryName", "PostalAddress")]
    [InlineData("BillingStateProvinceName", "PostalAddress")]
    [InlineData("CompanyContactEmail", "Email")]
    [InlineData("LastIpAddress", "OnlineIdentifier")]
    [InlineData("FriendEmail", "Email")]
    [InlineData("ReviewerName", "FullName")]
    [InlineData("CommenterName", "FullName")]
    [InlineData("GuestName", "FullName")]
    [InlineData("CardholderName", "FullName")]
    [InlineData("ShippingAddressDistrictName", "PostalAddress")]
    public void The_match_closest_to_the_head_noun_decides_the_kind(string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.MatchName(name)?.Kind);

    [Theory]
    [InlineData("EmailTemplateId")]
    [InlineData("AddressFamily")]
    [InlineData("HostAddress")]
    [InlineData("InnerException")]
    [InlineData("IsEmailConfirmed")]
    [InlineData("MaxPhoneLength")]
    [InlineData("MetadataAddress")]
    [InlineData("TypeFullName")]
    [InlineData("AssemblyFullName")]
    [InlineData("KeyFingerprint")]
    [InlineData("MobileAppVersion")]
    [InlineData("SalaryCurrency")]
    [InlineData("CreditCardBrand")]
    [InlineData("SendEmail")]
    [InlineData("SecurityState")]
    [InlineData("DirectDebitCountry")]
    [InlineData("SessionRegion")]
    [InlineData("BusinessAddress1")]
    [InlineData("CompanyPhone")]
    [InlineData("BusinessTaxNumber")]
    [InlineData("OrganizationEmail")]
    [InlineData("SessionIdentifier")]
    [InlineData("EmailName")]
    [InlineData("ServerIpAddress")]
    [InlineData("LocalIp")]
    [InlineData("SupportEmail")]
    [InlineData("HotlineTelephoneNumber")]
    [InlineData("CustomerServicePhone")]
    [InlineData("FtpUserName")]
    [InlineData("NoteToPayer")]
    [InlineData("note_to_payer")]
    [InlineData("MessageForCustomer")]
    [InlineData("MemberName")]
    [InlineData("ConsumerName")]
    [InlineData("SubscriberName")]
    [InlineData("ProductLine")]
    public void Context_words_turn_a_match_off(string name) =>
        Assert.Null(PiiNameHeuristics.MatchName(name));

    [Fact]
    public void Every_entry_is_spelled_in_lower_case_without_separators()
    {
        foreach (var entry in PiiNameHeuristics.Entries)
        {
            Assert.Equal(string.Join(string.Empty, PiiNameHeuristics.Words(entry.Spelling)), entry.Spelling);
        }
    }

    [Theory]
    [InlineData("Person", "public string GetTelephone() => \"\";", "GetTelephone", "Phone")]
    [InlineData("Person", "public string get_email() => \"\";", "get_email", "Email")]
    [InlineData("Person", "public string Email = \"\";", "Email", "Email")]
    [InlineData("Person", "public double Latitude { get; set; }", "Latitude", "Location")]
    [InlineData("Customer", "public string Gender { get; set; }", "Gender", "Other")]
    [InlineData("Device", "public string Identifier { get; set; }", "Identifier", "OnlineIdentifier")]
    [InlineData("Supplier", "public string ContactEmail { get; set; }", "ContactEmail", "Email")]
    [InlineData("AddressModel", "public string CountryName { get; set; }", "CountryName", "PostalAddress")]
    [InlineData("RegisterModel", "public string StreetAddress { get; set; } public string City { get; set; }", "City", "City")]
    [InlineData("ApplicationUser", "public string BillingCountry { get; set; }", "BillingCountry", "PostalAddress")]
    [InlineData("ProductReviewModel", "public string IpAddress { get; set; }", "IpAddress", "OnlineIdentifier")]
    [InlineData("LogModel", "public string UserName { get; set; }", "UserName", "OnlineIdentifier")]
    [InlineData("Order", "public string CardNumber { get; set; } public string CardName { get; set; }", "CardName", "FullName")]
    [InlineData("PaymentRequest", "public string CreditCardNumber { get; set; } public string CreditCardName { get; set; }", "CreditCardName", "FullName")]
    [InlineData("ExternalAuthenticationRecord", "public string ExternalIdentifier { get; set; }", "ExternalIdentifier", "OnlineIdentifier")]
    [InlineData("OrganizationUser", "public string ExternalId { get; set; }", "ExternalId", "OnlineIdentifier")]
    [InlineData("ShippingAddress", "public string Line1 { get; set; }", "Line1", "PostalAddress")]
    [InlineData("ShippingAddressVm", "public string DistrictName { get; set; }", "DistrictName", "PostalAddress")]
    [InlineData("RemoveLoginViewModel", "public string ProviderKey { get; set; }", "ProviderKey", "OnlineIdentifier")]
    [InlineData("UserSearchOption", "public string Email { get; set; }", "Email", "Email")]
    [InlineData("CustomerSearchOptions", "public string Name { get; set; }", "Name", "FullName")]
    [InlineData("UserForm", "public string Name { get; set; }", "Name", "FullName")]
    [InlineData("LoginViewModel", "public string Password { get; set; }", "Password", "Other")]
    [InlineData("ChangePasswordViewModel", "public string ConfirmNewPassword { get; set; }", "ConfirmNewPassword", "Other")]
    [InlineData("ApplicationUser", "public string PasswordHash { get; set; }", "PasswordHash", "Other")]
    public void Declared_symbols_are_classified_by_name_type_and_owner(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(Member(owner, member, name))?.Kind);

    [Theory]
    [InlineData("Person", "public bool GetEmail() => true;", "GetEmail")]
    [InlineData("Person", "public string NormalizeEmail(string s) => s;", "NormalizeEmail")]
    [InlineData("Person", "public const string Email = \"\";", "Email")]
    [InlineData("Person", "public static string Phone = \"\";", "Phone")]
    [InlineData("SmtpSettings", "public string Email { get; set; } = \"\";", "Email")]
    [InlineData("SupportOptions", "public string GetPhone() => \"\";", "GetPhone")]
    [InlineData("SshKey", "public string Fingerprint { get; set; } = \"\";", "Fingerprint")]
    [InlineData("CategoryPath", "public string FullName { get; set; } = \"\";", "FullName")]
    [InlineData("Organization", "public string BillingEmail { get; set; }", "BillingEmail")]
    [InlineData("Provider", "public string BillingPhone { get; set; }", "BillingPhone")]
    [InlineData("Provider", "public string BusinessAddress1 { get; set; }", "BusinessAddress1")]
    [InlineData("Company", "public string TaxNumber { get; set; }", "TaxNumber")]
    [InlineData("TaxRate", "public string Country { get; set; } public string PostalCode { get; set; }", "PostalCode")]
    [InlineData("VatCheckResult", "public string Address { get; set; } public string CountryCode { get; set; }", "CountryCode")]
    [InlineData("EmailAccount", "public string Email { get; set; }", "Email")]
    [InlineData("EmailAccount", "public string Username { get; set; }", "Username")]
    [InlineData("SmtpClientInfo", "public string Email { get; set; }", "Email")]
    [InlineData("GoogleProduct", "public string Gender { get; set; }", "Gender")]
    [InlineData("Session", "public string Identifier { get; set; }", "Identifier")]
    [InlineData("ApplicationUser", "public string SecurityState { get; set; }", "SecurityState")]
    [InlineData("SystemInfoModel", "public string IPAddress { get; set; }", "IPAddress")]
    [InlineData("ServerNode", "public string IpAddress { get; set; }", "IpAddress")]
    [InlineData("ExportDeployment", "public string Username { get; set; }", "Username")]
    [InlineData("ProxyConnection", "public string UserName { get; set; }", "UserName")]
    [InlineData("CreditCardType", "public string CardName { get; set; } public string CardName2 { get; set; }", "CardName")]
    [InlineData("Product", "public string ExternalId { get; set; }", "ExternalId")]
    [InlineData("Group", "public string ExternalId { get; set; }", "ExternalId")]
    [InlineData("ByRegionTaxRateModel", "public string StateProvinceName { get; set; } public string Zip { get; set; }", "StateProvinceName")]
    [InlineData("Order", "public string Line1 { get; set; }", "Line1")]
    [InlineData("Order", "public string DistrictName { get; set; }", "DistrictName")]
    [InlineData("Product", "public string ProviderKey { get; set; }", "ProviderKey")]
    [InlineData("ElasticSearchOptions", "public string Email { get; set; }", "Email")]
    [InlineData("VendorForm", "public string Email { get; set; }", "Email")]
    [InlineData("PaymentCreateRequest", "public string note_to_payer { get; set; }", "note_to_payer")]
    [InlineData("DatabaseConnection", "public string Password { get; set; }", "Password")]
    [InlineData("Notifier", "public string SmtpPassword { get; set; }", "SmtpPassword")]
    [InlineData("PaymentSubmitRequest", "public string MerchantPassword { get; set; }", "MerchantPassword")]
    [InlineData("EmailAccount", "public string Password { get; set; }", "Password")]
    [InlineData("SecuritySettings", "public string Password { get; set; }", "Password")]
    [InlineData("PasswordPolicy", "public bool RequirePassword { get; set; }", "RequirePassword")]
    [InlineData("PasswordPolicy", "public int PasswordLength { get; set; }", "PasswordLength")]
    public void Declared_symbols_that_are_no_data_subject_s_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(Member(owner, member, name)));

    private static Microsoft.CodeAnalysis.ISymbol Member(string owner, string member, string name)
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "T",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public class " + owner + " { " + member + " }")],
            Basic.Reference.Assemblies.Net100.References.All);
        return compilation.GetTypeByMetadataName(owner)!.GetMembers(name).Single();
    }
}
