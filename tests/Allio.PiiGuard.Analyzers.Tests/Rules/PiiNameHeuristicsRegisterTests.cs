using Allio.PiiGuard.Analyzers.Model;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The name table on registers of property and the people in them: owners whose name may be a person's or a company's,
/// abbreviated addresses, a municipality, a name's suffix, an occupation, what a person's record says about them in
/// free text, a contact method's value; and a system's credentials beside them, which are no one's.
/// </summary>
public sealed class PiiNameHeuristicsRegisterTests
{
    [Theory]
    // One of alternatives: a person's surname or a company's name, an e-mail or a phone.
    [InlineData("TitleOwner", "public string LastNameOrCorpName1 { get; set; }", "LastNameOrCorpName1", "LastName")]
    [InlineData("AcquisitionOwner", "public string LastNameAndCorpName { get; set; }", "LastNameAndCorpName", "LastName")]
    [InlineData("LoginRequest", "public string EmailOrPhone { get; set; }", "EmailOrPhone", "Phone")]
    [InlineData("ResetRequest", "public string UserNameOrEmail { get; set; }", "UserNameOrEmail", "Email")]
    // An abbreviated address.
    [InlineData("AcquisitionOwner", "public string ContactEmailAddr { get; set; }", "ContactEmailAddr", "Email")]
    [InlineData("Visit", "public string ClientIpAddr { get; set; }", "ClientIpAddr", "OnlineIdentifier")]
    [InlineData("Customer", "public string StreetAddr { get; set; }", "StreetAddr", "PostalAddress")]
    // A municipality in an address.
    [InlineData("Address", "public string Municipality { get; set; }", "Municipality", "City")]
    [InlineData("PimsAddress", "public string MunicipalityName { get; set; } public string StreetAddress1 { get; set; }", "MunicipalityName", "City")]
    // A name's suffix and prefix, a position, an occupation in a person's record.
    [InlineData("PersonModel", "public string NameSuffix { get; set; }", "NameSuffix", "FullName")]
    [InlineData("Person", "public string Suffix { get; set; } public string Surname { get; set; }", "Suffix", "FullName")]
    [InlineData("Contact", "public string Prefix { get; set; }", "Prefix", "Other")]
    [InlineData("UserModel", "public string Position { get; set; }", "Position", "Other")]
    [InlineData("TitleOwner", "public string OccupationDescription { get; set; } public string GivenName { get; set; }", "OccupationDescription", "Other")]
    [InlineData("Employee", "public string Occupation { get; set; }", "Occupation", "Other")]
    // Free text in a person's own record.
    [InlineData("PimsPerson", "public string Comment { get; set; }", "Comment", "Other")]
    [InlineData("UserModel", "public string Note { get; set; }", "Note", "Other")]
    [InlineData("Customer", "public string Notes { get; set; }", "Notes", "Other")]
    // A contact method's value: a phone or an e-mail.
    [InlineData("PimsContactMethod", "public string ContactMethodValue { get; set; }", "ContactMethodValue", "Other")]
    [InlineData("ContactMethodModel", "public string Value { get; set; }", "Value", "Other")]
    [InlineData("Volunteer", "public string ContactInfo { get; set; }", "ContactInfo", "Other")]
    // What a person is known by, and a person's picture kept as a file.
    [InlineData("UserInfo", "public string Identity { get; set; }", "Identity", "OnlineIdentifier")]
    [InlineData("User", "public string AvatarFileName { get; set; }", "AvatarFileName", "Other")]
    [InlineData("Customer", "public string PhotoPath { get; set; }", "PhotoPath", "Other")]
    public void A_registers_person_is_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    // Alternatives of which the whole is something else, or nothing personal.
    [InlineData("ImportSettings", "public string AddressOrPhoneFormat { get; set; }", "AddressOrPhoneFormat")]
    [InlineData("Lookup", "public string NameOrId { get; set; }", "NameOrId")]
    [InlineData("Customer", "public string ProductNameOrSku { get; set; }", "ProductNameOrSku")]
    // Network and memory addresses abbreviated stay what they are.
    [InlineData("Connection", "public string HostAddr { get; set; }", "HostAddr")]
    [InlineData("Nic", "public string MacAddr { get; set; }", "MacAddr")]
    // A municipality that is no address's part: a tax authority, a government body.
    [InlineData("TaxAuthority", "public string Municipality { get; set; } public string Code { get; set; }", "Municipality")]
    // Suffixes, positions, comments and notes of things.
    [InlineData("FileNaming", "public string Suffix { get; set; }", "Suffix")]
    [InlineData("CacheKey", "public string Prefix { get; set; }", "Prefix")]
    [InlineData("Marker", "public string Position { get; set; }", "Position")]
    [InlineData("Lease", "public string Note { get; set; }", "Note")]
    [InlineData("PullRequest", "public string Comment { get; set; }", "Comment")]
    [InlineData("UserSearch", "public string Position { get; set; }", "Position")]
    [InlineData("OccupationCode", "public string Description { get; set; }", "Description")]
    [InlineData("Catalog", "public string OccupationDescription { get; set; }", "OccupationDescription")]
    // A contact method's type and a system's own credentials.
    [InlineData("ContactMethodModel", "public string TypeCode { get; set; }", "TypeCode")]
    [InlineData("IntegratorCredentials", "public string IntegratorUsername { get; set; }", "IntegratorUsername")]
    [InlineData("IntegratorCredentials", "public string IntegratorPassword { get; set; }", "IntegratorPassword")]
    [InlineData("SupportSettings", "public string ContactInfo { get; set; }", "ContactInfo")]
    [InlineData("ServicePrincipal", "public string Identity { get; set; }", "Identity")]
    [InlineData("Product", "public string ImageFileName { get; set; }", "ImageFileName")]
    [InlineData("User", "public string AvatarFileSize { get; set; }", "AvatarFileSize")]
    public void Their_distractors_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));

    [Theory]
    [InlineData("PimsPerson", "public string Comment { get; set; }", "Comment")]
    [InlineData("Address", "public string Municipality { get; set; }", "Municipality")]
    public void Free_text_and_areas_are_for_discovery_only(string owner, string member, string name) =>
        Assert.True(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.DiscoveryOnly);
}
