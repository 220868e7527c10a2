using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII006 on what a person's record holds besides names and contacts: the form of address, the job, the picture, the
/// record elsewhere, its owner and its last editor; and on the records of an e-mail address, a phone number and an
/// address, whose type names the kind.
/// </summary>
public sealed class UnmarkedPiiPersonRecordTests
{
    [Fact]
    public Task A_person_s_salutation_job_title_icon_and_outer_id_are_reported() => Verify.VerifyAsync(
        """
        public class Contact
        {
            public string {|PII006:Salutation|} { get; set; } = "";
            public string {|PII006:JobTitle|} { get; set; } = "";
            public string {|PII006:IconUrl|} { get; set; } = "";
            public string {|PII006:OuterId|} { get; set; } = "";
        }
        public class Contact2Entity
        {
            public string {|PII006:JobTitle|} { get; set; } = "";
        }
        public class MembersSearchCriteria
        {
            public string[] {|PII006:OuterIds|} { get; set; } = [];
        }
        """);

    [Fact]
    public Task Job_titles_icons_and_outer_ids_of_anything_else_stay_quiet() => Verify.VerifyAsync(
        """
        public class Vacancy
        {
            public string JobTitle { get; set; } = "";
            public string Salutation { get; set; } = "";
        }
        public class ContactSearchCriteria
        {
            public string JobTitle { get; set; } = "";
        }
        public class Organization
        {
            public string IconUrl { get; set; } = "";
            public string LogoUrl { get; set; } = "";
            public string OuterId { get; set; } = "";
        }
        public class Product
        {
            public string IconUrl { get; set; } = "";
            public string OuterId { get; set; } = "";
        }
        public class Contact
        {
            public string ContactJobTitleTemplate { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_job_application_s_full_name_is_reported_though_its_type_is_named_application() => Verify.VerifyAsync(
        """
        public class Application
        {
            public System.Guid {|PII006:CandidateId|} { get; set; }
            public string {|PII006:FirstName|} { get; set; } = "";
            public string {|PII006:LastName|} { get; set; } = "";
            public string {|PII006:FullName|} => FirstName + " " + LastName;
        }
        public class ApplicationDetails
        {
            public System.DateTime {|PII006:BirthDate|} { get; set; }
            public string {|PII006:FullName|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_program_s_application_name_stays_quiet_also_beside_an_e_mail() => Verify.VerifyAsync(
        """
        public class ApplicationSettings
        {
            public string Name { get; set; } = "";
            public string FullName { get; set; } = "";
        }
        public class AppInfo
        {
            public string FullName { get; set; } = "";
            public string Version { get; set; } = "";
            public string SupportEmail { get; set; } = "";
        }
        public class Application
        {
            public string FullName { get; set; } = "";
            public string {|PII006:Email|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Owners_and_editors_of_records_are_reported() => Verify.VerifyAsync(
        """
        public class Organization
        {
            public string {|PII006:OwnerId|} { get; set; } = "";
        }
        public class Document
        {
            public System.Guid {|PII006:OwnerId|} { get; set; }
        }
        public class NoteEntity
        {
            public string {|PII006:ModifierName|} { get; set; } = "";
            public string {|PII006:CreatedByName|} { get; set; } = "";
            public string {|PII006:LastModifiedByName|} { get; set; } = "";
        }
        """);

    [Fact]
    public Task Owners_of_a_running_program_s_parts_and_owners_of_any_kind_stay_quiet() => Verify.VerifyAsync(
        """
        public class DistributedLock
        {
            public string OwnerId { get; set; } = "";
        }
        public class WorkerThread
        {
            public System.Guid OwnerId { get; set; }
        }
        public class Job
        {
            public string ProcessOwnerId { get; set; } = "";
            public int OwnerId { get; set; }
        }
        public class Attachment
        {
            public string OwnerId { get; set; } = "";
            public string OwnerType { get; set; } = "";
        }
        public class Note
        {
            public string ModifierNameFormat { get; set; } = "";
            public bool IsModifierName { get; set; }
        }
        """);

    [Fact]
    public Task Bare_values_of_e_mail_address_phone_number_and_address_records_are_reported() => Verify.VerifyAsync(
        """
        public class EmailAddress
        {
            public string {|PII006:Value|} { get; set; } = "";
        }
        public class MailAddressEntity
        {
            public string {|PII006:Address|} { get; set; } = "";
        }
        public class PhoneNumber
        {
            public string {|PII006:Value|} { get; set; } = "";
        }
        public class PhoneNumberDto
        {
            public long {|PII006:Number|} { get; set; }
        }
        public class AddressEntity
        {
            public string {|PII006:RegionId|} { get; set; } = "";
            public int {|PII006:CountryId|} { get; set; }
            public long {|PII006:StateOrProvinceId|} { get; set; }
            public string {|PII006:StateOrProvinceName|} { get; set; } = "";
            public long TaxOrRegionId { get; set; }
            public long OrderId { get; set; }
        }
        public class OrderExportVm
        {
            public long {|PII006:ShippingAddressStateOrProvinceId|} { get; set; }
            public string {|PII006:BillingAddressCountryId|} { get; set; } = "";
            public long {|PII006:ShippingAddressId|} { get; set; }
            public long WarehouseId { get; set; }
            public string CountryId { get; set; } = "";
        }
        """);

    [Fact]
    public Task Bare_values_of_network_addresses_settings_and_other_numbers_stay_quiet() => Verify.VerifyAsync(
        """
        public class HostAddress
        {
            public string Value { get; set; } = "";
        }
        public class MailServerSettings
        {
            public string Address { get; set; } = "";
        }
        public class EmailAddressSettings
        {
            public string Value { get; set; } = "";
        }
        public class OrderNumber
        {
            public string Value { get; set; } = "";
        }
        public class PhoneNumber
        {
            public string Address { get; set; } = "";
        }
        public class EmailAddress
        {
            public string Number { get; set; } = "";
        }
        public class StoreAddress
        {
            public string RegionId { get; set; } = "";
        }
        public class Address
        {
            public string StoreId { get; set; } = "";
            public string RegionGroupId { get; set; } = "";
        }
        public class SalesTerritory
        {
            public string RegionId { get; set; } = "";
        }
        """);

    [Fact]
    public Task A_record_beside_its_own_birth_date_is_a_person_s_whatever_its_type_is_named_after() => Verify.VerifyAsync(
        """
        public class FoodBankClient
        {
            public System.Guid ClientId { get; set; }
            public string {|PII006:Name|} { get; set; } = "";
            public string {|PII006:PhoneNumber|} { get; set; } = "";
            public string {|PII006:Address|} { get; set; } = "";
            public System.DateOnly {|PII006:DateOfBirth|} { get; set; }
            public int HouseholdSize { get; set; }
            public string? {|PII006:HealthConditions|} { get; set; }
        }
        public class BankBranch
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public string Address { get; set; } = "";
            public System.DateTime OpenedOn { get; set; }
        }
        public class Pet
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public System.DateOnly DateOfBirth { get; set; }
            public string Breed { get; set; } = "";
        }
        public class PetOwner
        {
            public string {|PII006:Name|} { get; set; } = "";
            public System.DateOnly {|PII006:DateOfBirth|} { get; set; }
        }
        """);
}
