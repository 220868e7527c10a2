using System.Linq;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The name table on a payment card's bare number and its expiry, a patient's medications and diagnoses, and the
/// parameters of a service class, whose name says what the class does, not whose data it takes.
/// </summary>
public sealed class PiiNameHeuristicsPaymentAndCareTests
{
    [Theory]
    [InlineData("PaymentCard", "public string Number { get; set; }", "Number", "FinancialAccount")]
    [InlineData("CreditCard", "public string Number { get; set; }", "Number", "FinancialAccount")]
    [InlineData("Patient", "public System.Collections.Generic.List<string> Medications { get; set; }", "Medications", "Health")]
    [InlineData("Patient", "public string Medication { get; set; }", "Medication", "Health")]
    [InlineData("Admission", "public string[] Diagnoses { get; set; }", "Diagnoses", "Health")]
    [InlineData("SymptomsForm", "public string Symptoms { get; set; }", "Symptoms", "Health")]
    [InlineData("SymptomsForm", "public string HivStatus { get; set; }", "HivStatus", "Health")]
    // What a person earns, where a record names the person; a passport even in a type named like an organisation.
    [InlineData("TenantApplication", "public string Name { get; set; } public string Email { get; set; } public decimal Income { get; set; }", "Income", "Other")]
    [InlineData("Tenant", "public string PassportNumber { get; set; }", "PassportNumber", "GovernmentId")]
    // A type named like an organisation that holds a person's own birth date, names or passport is a person's record.
    [InlineData("Tenant", "public string Email { get; set; } public string PassportNumber { get; set; }", "Email", "Email")]
    [InlineData("Tenant", "public string Phone { get; set; } public System.DateOnly BirthDate { get; set; }", "Phone", "Phone")]
    [InlineData("Client", "public string Email { get; set; } public string FirstName { get; set; }", "Email", "Email")]
    // Short forms of coordinates beside each other.
    [InlineData("Position", "public double Lat { get; set; } public double Lon { get; set; }", "Lat", "Location")]
    [InlineData("GeoPoint", "public double Lng { get; set; }", "Lng", "Location")]
    public void A_member_is_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    [InlineData("GiftCard", "public string Number { get; set; }", "Number")]
    [InlineData("SimCard", "public string Number { get; set; }", "Number")]
    [InlineData("Card", "public string Title { get; set; }", "Title")]
    [InlineData("DrugCatalogueItem", "public string MedicationName { get; set; }", "MedicationName")]
    [InlineData("Company", "public decimal Income { get; set; }", "Income")]
    [InlineData("Tenant", "public string VatNumber { get; set; }", "VatNumber")]
    [InlineData("Tenant", "public string Email { get; set; } public string Name { get; set; }", "Email")]
    [InlineData("Company", "public string Email { get; set; } public string ContactFirstName { get; set; }", "Email")]
    [InlineData("Release", "public string Lat { get; set; }", "Lat")]
    public void Its_distractors_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));

    [Fact]
    public void A_cards_expiry_is_for_discovery_only()
    {
        var match = PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of("PaymentCard", "public string Number { get; set; } public string Expiry { get; set; }", "Expiry"));
        Assert.Equal("FinancialAccount", match?.Kind);
        Assert.True(match?.DiscoveryOnly);
    }

    [Theory]
    // A service's parameters are its callers' data: a person's password, login and e-mail.
    [InlineData("AuthService", "public void ChangePassword(string oldPassword, string newPassword) { }", "ChangePassword", "newPassword", "Other")]
    [InlineData("AccountServices", "public void SignIn(string userName, string password) { }", "SignIn", "userName", "OnlineIdentifier")]
    [InlineData("AccountServices", "public void SignIn(string userName, string password) { }", "SignIn", "password", "Other")]
    // A system named before the service still makes a credential a system's.
    [InlineData("SmtpService", "public void Connect(string host, string password) { }", "Connect", "password", null)]
    [InlineData("DatabaseService", "public void Open(string password) { }", "Open", "password", null)]
    // An archive's entries are files, whatever the service is called.
    [InlineData("ArchiveService", "public void FindFolderEntry(string[] entryFullNames) { }", "FindFolderEntry", "entryFullNames", null)]
    public void A_service_methods_parameter_is_classified(string owner, string method, string name, string parameter, string? kind)
    {
        var symbol = (IMethodSymbol)DeclaredMember.Of(owner, method, name);
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(symbol.Parameters.Single(p => p.Name == parameter))?.Kind);
    }

    [Fact]
    public void A_service_types_own_member_stays_a_systems()
    {
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of("ReportingService", "public string Password { get; set; }", "Password")));
    }
}
