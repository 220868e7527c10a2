using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII006 on what an equal-opportunities form and a recruiting record ask of a person: sex and gender identity, ethnic
/// group, disability and the needs it brings, citizenship and immigration status, a criminal record check.
/// </summary>
public sealed class UnmarkedPiiMonitoringTests
{
    [Fact]
    public Task Ethnic_groups_disabilities_and_a_sex_beside_them_are_reported() => Verify.VerifyAsync(
        """
        public enum GenderIdentity { Male, Female }
        public enum EthnicGroup { White, Mixed }
        public enum EthnicSubGroup { Irish, Other }
        public class AboutYou
        {
            public System.Guid Id { get; set; }
            public GenderIdentity? {|PII006:Sex|} { get; set; }
            public EthnicGroup? {|PII006:EthnicGroup|} { get; set; }
            public EthnicSubGroup? {|PII006:EthnicSubGroup|} { get; set; }
            public string? {|PII006:OtherEthnicSubGroupAnswer|} { get; set; }
            public string? {|PII006:EthnicBackground|} { get; set; }
        }
        public class MonitoringInformation
        {
            public string {|PII006:Gender|} { get; set; } = "";
            public string {|PII006:DisabilityStatus|} { get; set; } = "";
        }
        public class Application
        {
            public string? {|PII006:DisabilityDetails|} { get; set; }
            public string[] {|PII006:Disabilities|} { get; set; } = [];
        }
        public class Applicant
        {
            public string {|PII006:Sex|} { get; set; } = "";
            public string {|PII006:GenderIdentity|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Sex_of_animals_and_gender_of_products_and_other_groups_stay_quiet() => Verify.VerifyAsync(
        """
        public enum Sex { Male, Female }
        public class Pet
        {
            public string Breed { get; set; } = "";
            public Sex Sex { get; set; }
        }
        public class ProductFeedItem
        {
            public string Gender { get; set; } = "";
            public string AgeGroup { get; set; } = "";
        }
        public class OffenderRegister
        {
            public string SexOffenderCategory { get; set; } = "";
            public bool IsGenderIdentifySameSexAtBirth { get; set; }
        }
        public class Menu
        {
            public string EthnicFood { get; set; } = "";
            public string StatusGroup { get; set; } = "";
        }
        """);

    [Fact]
    public Task Accessibility_needs_citizenship_visas_and_record_checks_are_reported() => Verify.VerifyAsync(
        """
        public class TeachingEventRegistration
        {
            public string? {|PII006:AccessibilityNeedsForEvent|} { get; set; }
        }
        public class Candidate
        {
            public int? {|PII006:Citizenship|} { get; set; }
            public int? {|PII006:VisaStatus|} { get; set; }
            public string? {|PII006:ImmigrationStatus|} { get; set; }
            public System.DateTime? {|PII006:DbsCertificateIssuedAt|} { get; set; }
            public string? {|PII006:DbsCertificateNumber|} { get; set; }
            public string? {|PII006:CriminalRecordCheckStatus|} { get; set; }
        }
        """);

    [Fact]
    public Task Venues_access_card_schemes_and_databases_stay_quiet() => Verify.VerifyAsync(
        """
        public class Venue
        {
            public string AccessibilityInformation { get; set; } = "";
            public string AccessibilityNeedsTemplate { get; set; } = "";
        }
        public class Country
        {
            public string CitizenshipRequirement { get; set; } = "";
        }
        public class DatabaseCluster
        {
            public string DbsConnection { get; set; } = "";
            public bool RequiresDbsCheck { get; set; }
        }
        """);
}
