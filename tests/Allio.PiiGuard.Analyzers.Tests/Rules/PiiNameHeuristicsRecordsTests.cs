using Allio.PiiGuard.Analyzers.Model;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The name table on a person's record as registers keep it: several names and birth dates at once, values someone
/// stated or verified, a gender stored as an enum, the date of death, the subject of a person's sign-in account; and
/// the contact data of the organisations such records mention, which is theirs, not the person's.
/// </summary>
public sealed class PiiNameHeuristicsRecordsTests
{
    [Theory]
    // Collections of personal values, with an adjective that says whose or which.
    [InlineData("OneLoginUser", "public string[][] VerifiedNames { get; set; }", "VerifiedNames", "FullName")]
    [InlineData("Person", "public string[] PreviousNames { get; set; }", "PreviousNames", "FullName")]
    [InlineData("Customer", "public System.Collections.Generic.List<string> Names { get; set; }", "Names", "FullName")]
    [InlineData("OneLoginUser", "public System.DateOnly[] VerifiedDatesOfBirth { get; set; }", "VerifiedDatesOfBirth", "BirthDate")]
    [InlineData("Applicant", "public System.Collections.Generic.List<System.DateTime> DatesOfBirth { get; set; }", "DatesOfBirth", "BirthDate")]
    [InlineData("CreateRequestCommand", "public string[] EmailAddresses { get; set; }", "EmailAddresses", "Email")]
    [InlineData("Contact", "public string[] PhoneNumbers { get; set; }", "PhoneNumbers", "Phone")]
    [InlineData("OneLoginUser", "public string[][] VerifiedOrStatedNames { get; set; }", "VerifiedOrStatedNames", "FullName")]
    // A record's own stated names say the type is a person's (not a PrimaryContactFirstName).
    [InlineData("IdVerificationData", "public string StatedFirstName { get; set; } public string[][] VerifiedOrStatedNames { get; set; }", "VerifiedOrStatedNames", "FullName")]
    [InlineData("IdVerificationData", "public string StatedFirstName { get; set; } public Sex? Gender { get; set; } } public enum Sex { Male, Female", "Gender", "Other")]
    [InlineData("Customer", "public string FormerName { get; set; }", "FormerName", "FullName")]
    [InlineData("IdVerification", "public string StatedNationalInsuranceNumber { get; set; }", "StatedNationalInsuranceNumber", "GovernmentId")]
    [InlineData("IdVerification", "public string StatedFirstName { get; set; }", "StatedFirstName", "FirstName")]
    // A person's gender, as an enum or a number too; the date of death.
    [InlineData("Person", "public Sex? Gender { get; set; } } public enum Sex { Male, Female", "Gender", "Other")]
    [InlineData("Person", "public int Gender { get; set; }", "Gender", "Other")]
    [InlineData("PersonAttributes", "public string FirstName { get; set; } public Sex Gender { get; set; } } public enum Sex { Male, Female", "Gender", "Other")]
    [InlineData("Person", "public System.DateOnly? DateOfDeath { get; set; }", "DateOfDeath", "Other")]
    [InlineData("SetDeceasedCommand", "public System.DateOnly DateOfDeath { get; set; }", "DateOfDeath", "Other")]
    [InlineData("Patient", "public System.DateTime? DeathDate { get; set; }", "DeathDate", "Other")]
    // The subject (the OpenID Connect sub claim) of a person's sign-in account.
    [InlineData("SupportTask", "public string OneLoginUserSubject { get; set; }", "OneLoginUserSubject", "OnlineIdentifier")]
    [InlineData("Process", "public System.Collections.Generic.List<string> LoginUserSubjects { get; set; }", "LoginUserSubjects", "OnlineIdentifier")]
    [InlineData("OneLoginUser", "public string Subject { get; set; }", "Subject", "OnlineIdentifier")]
    [InlineData("ExternalLoginInfo", "public string SubjectId { get; set; }", "SubjectId", "OnlineIdentifier")]
    [InlineData("TokenRequest", "public string UserSubject { get; set; }", "UserSubject", "OnlineIdentifier")]
    // An employer alone is still a person's work data.
    [InlineData("Employment", "public string Employer { get; set; }", "Employer", "Company")]
    [InlineData("Teacher", "public string EmployersName { get; set; }", "EmployersName", "Company")]
    [InlineData("Person", "public GenderType Gender { get; set; } } public enum GenderType { Male, Female", "Gender", "Other")]
    [InlineData("Teacher", "public string Email { get; set; } public string Street { get; set; }", "Street", "PostalAddress")]
    public void A_persons_record_is_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    // Names of things stay quiet in the plural and with an adjective.
    [InlineData("ProductCatalogue", "public string[] Names { get; set; }", "Names")]
    [InlineData("EnumInfo", "public string[] Names { get; set; }", "Names")]
    [InlineData("RenameFileCommand", "public string OldName { get; set; }", "OldName")]
    [InlineData("Customer", "public string[] ProductNames { get; set; }", "ProductNames")]
    [InlineData("Customer", "public string ValidatedNames { get; set; }", "ValidatedNames")]
    [InlineData("UserMatch", "public string[][] VerifiedOrStatedNames { get; set; }", "VerifiedOrStatedNames")]
    [InlineData("Campaign", "public string PrimaryContactFirstName { get; set; } public int Gender { get; set; }", "Gender")]
    // A gender of anything but a person, a date of anything's end.
    [InlineData("Product", "public Sex Gender { get; set; } } public enum Sex { Male, Female", "Gender")]
    [InlineData("ProductFeedItem", "public int Gender { get; set; } public string Name { get; set; }", "Gender")]
    [InlineData("Person", "public bool Gender { get; set; }", "Gender")]
    [InlineData("PersonAttributeSources", "public Source? FirstName { get; set; } public Source? Gender { get; set; } } public enum Source { Record, Request", "Gender")]
    [InlineData("Person", "public Visibility Gender { get; set; } } public enum Visibility { Shown, Hidden", "Gender")]
    [InlineData("Game", "public int DeathCount { get; set; }", "DeathCount")]
    [InlineData("Subscription", "public System.DateTime EndDate { get; set; }", "EndDate")]
    // A message's, a course's and a certificate's subject, a subject's name.
    [InlineData("EmailMessage", "public string Subject { get; set; }", "Subject")]
    [InlineData("LoginNotificationEmail", "public string Subject { get; set; }", "Subject")]
    [InlineData("Student", "public string Subject { get; set; }", "Subject")]
    [InlineData("Qualification", "public string Subject { get; set; }", "Subject")]
    [InlineData("Certificate", "public string Subject { get; set; }", "Subject")]
    [InlineData("Teacher", "public string SubjectName { get; set; }", "SubjectName")]
    [InlineData("User", "public string EmailSubject { get; set; }", "EmailSubject")]
    [InlineData("TokenOptions", "public string Subject { get; set; }", "Subject")]
    // An organisation's contact data: an establishment's, a school's, an employer's.
    [InlineData("Establishment", "public string Street { get; set; } public string Postcode { get; set; }", "Street")]
    [InlineData("Establishment", "public string Street { get; set; } public string Postcode { get; set; }", "Postcode")]
    [InlineData("Establishment", "public string Street { get; set; } public string County { get; set; }", "County")]
    [InlineData("Establishment", "public string Street { get; set; } public string Address3 { get; set; }", "Address3")]
    [InlineData("School", "public string Email { get; set; }", "Email")]
    [InlineData("Employment", "public string EmployerPostcode { get; set; }", "EmployerPostcode")]
    [InlineData("Employment", "public string EmployerEmailAddress { get; set; }", "EmployerEmailAddress")]
    [InlineData("ExtractItem", "public string EstablishmentEmailAddress { get; set; }", "EstablishmentEmailAddress")]
    [InlineData("Pupil", "public string SchoolPhone { get; set; }", "SchoolPhone")]
    [InlineData("TpsEstablishment", "public string EmployersName { get; set; }", "EmployersName")]
    [InlineData("Company", "public string Employer { get; set; }", "Employer")]
    public void Their_distractors_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));

    [Theory]
    [InlineData("OneLoginUser", "public string Subject { get; set; }", "Subject")]
    [InlineData("SupportTask", "public string OneLoginUserSubject { get; set; }", "OneLoginUserSubject")]
    public void An_account_subject_is_for_discovery_only(string owner, string member, string name) =>
        Assert.True(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)) is { DiscoveryOnly: true });
}
