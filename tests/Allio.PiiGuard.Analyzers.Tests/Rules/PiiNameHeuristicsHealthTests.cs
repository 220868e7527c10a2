using Allio.PiiGuard.Analyzers.Model;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The name table on health and public-service records: health and social insurance numbers, the number text messages go
/// to, further given names, shortened address parts, and the content of a record of a person's care; and the same words
/// in geometry, catalogues, program parts and diagnostics of code, which stay quiet.
/// </summary>
public sealed class PiiNameHeuristicsHealthTests
{
    [Theory]
    [InlineData("Patient", "public string PersonalHealthNumber { get; set; }", "PersonalHealthNumber", "GovernmentId")]
    [InlineData("PatientDetails", "public string Phn { get; set; }", "Phn", "GovernmentId")]
    [InlineData("Referral", "public string NhsNumber { get; set; }", "NhsNumber", "GovernmentId")]
    [InlineData("Claim", "public string MedicareNumber { get; set; }", "MedicareNumber", "GovernmentId")]
    [InlineData("Applicant", "public string SocialInsuranceNumber { get; set; }", "SocialInsuranceNumber", "GovernmentId")]
    [InlineData("Applicant", "public string Sin { get; set; }", "Sin", "GovernmentId")]
    [InlineData("MedicalRecord", "public string InsuranceNumber { get; set; }", "InsuranceNumber", "GovernmentId")]
    [InlineData("Subscriber", "public string SmsNumber { get; set; }", "SmsNumber", "Phone")]
    [InlineData("UserProfile", "public string TextNumber { get; set; }", "TextNumber", "Phone")]
    [InlineData("Name", "public string GivenName { get; set; } public string SecondName { get; set; }", "SecondName", "MiddleName")]
    [InlineData("PatientName", "public string ThirdName { get; set; }", "ThirdName", "MiddleName")]
    [InlineData("Contact", "public string MiddleInitial { get; set; }", "MiddleInitial", "MiddleName")]
    [InlineData("Address", "public string StreetOne { get; set; }", "StreetOne", "PostalAddress")]
    [InlineData("Address", "public string Postal { get; set; }", "Postal", "PostalAddress")]
    [InlineData("Address", "public string ProvState { get; set; }", "ProvState", "PostalAddress")]
    [InlineData("Patient", "public string MailAddressPostal { get; set; }", "MailAddressPostal", "PostalAddress")]
    [InlineData("Patient", "public string MailAddressCity { get; set; }", "MailAddressCity", "City")]
    // People of public services and payments, their initials, secrets and communities; who created a record, by name.
    [InlineData("Invitation", "public string EvacueeId { get; set; }", "EvacueeId", "OnlineIdentifier")]
    [InlineData("EvacuationFile", "public string PrimaryRegistrantId { get; set; }", "PrimaryRegistrantId", "OnlineIdentifier")]
    [InlineData("Payment", "public string PayeeId { get; set; }", "PayeeId", "OnlineIdentifier")]
    [InlineData("Support", "public string ApproverName { get; set; }", "ApproverName", "FullName")]
    [InlineData("HouseholdMember", "public string Initials { get; set; }", "Initials", "FullName")]
    [InlineData("SecurityQuestion", "public string SecurityAnswer { get; set; }", "SecurityAnswer", "Other")]
    [InlineData("EvacuationFile", "public string SecurityPhrase { get; set; }", "SecurityPhrase", "Other")]
    [InlineData("SecurityQuestion", "public string Answer { get; set; }", "Answer", "Other")]
    [InlineData("VerifySecurityPhraseRequest", "public string Answer { get; set; }", "Answer", "Other")]
    [InlineData("AmountExceededSupportFlag", "public string Approver { get; set; }", "Approver", "FullName")]
    [InlineData("Support", "public string Payee { get; set; }", "Payee", "FullName")]
    [InlineData("Evacuee", "public string Community { get; set; }", "Community", "City")]
    [InlineData("Evacuee", "public string LastModifiedDisplayName { get; set; }", "LastModifiedDisplayName", "FullName")]
    // The content of a record of one person's care, whatever its members are called.
    [InlineData("MedicationStatement", "public string Name { get; set; }", "Name", "Health")]
    [InlineData("MedicationSummary", "public System.DateTime DispenseDate { get; set; }", "DispenseDate", "Health")]
    [InlineData("LaboratoryOrder", "public string TestName { get; set; }", "TestName", "Health")]
    [InlineData("LabResultModel", "public string ResultValue { get; set; }", "ResultValue", "Health")]
    [InlineData("ImmunizationEvent", "public string ProviderOrClinic { get; set; }", "ProviderOrClinic", "Health")]
    [InlineData("HospitalVisit", "public string AdmitReason { get; set; }", "AdmitReason", "Health")]
    [InlineData("DiagnosticImagingExam", "public string BodyPart { get; set; }", "BodyPart", "Health")]
    [InlineData("VaccineDose", "public string Lot { get; set; }", "Lot", "Health")]
    [InlineData("Covid19Order", "public string ReportingLab { get; set; }", "ReportingLab", "Health")]
    [InlineData("ClinicalDocument", "public string Type { get; set; }", "Type", "Health")]
    [InlineData("OrganDonorRegistration", "public string Message { get; set; }", "Message", "Health")]
    public void Health_and_public_service_records_are_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    // A sine, a second name of a thing, a postal service.
    [InlineData("Vector", "public string Sin { get; set; }", "Sin")]
    [InlineData("Angle", "public double Sin { get; set; }", "Sin")]
    [InlineData("ServerNames", "public string SecondName { get; set; }", "SecondName")]
    [InlineData("Carrier", "public string PostalService { get; set; }", "PostalService")]
    [InlineData("Company", "public string InsuranceNumber { get; set; }", "InsuranceNumber")]
    [InlineData("Shipment", "public string PostalTrackingUrl { get; set; }", "PostalTrackingUrl")]
    [InlineData("Forum", "public string Community { get; set; }", "Community")]
    [InlineData("LodgingGroupSupport", "public string FacilityAddress { get; set; }", "FacilityAddress")]
    [InlineData("LodgingGroupSupport", "public string FacilityCity { get; set; }", "FacilityCity")]
    [InlineData("Product", "public string Initials { get; set; }", "Initials")]
    [InlineData("SurveyQuestion", "public string Answer { get; set; }", "Answer")]
    [InlineData("Support", "public string PayeeType { get; set; }", "PayeeType")]
    [InlineData("SmtpSettings", "public string SecurityPhrase { get; set; }", "SecurityPhrase")]
    // A record's machinery, catalogues of drugs and vaccines, program parts and aggregate figures.
    [InlineData("MedicationStatement", "public string SourceSystemId { get; set; }", "SourceSystemId")]
    [InlineData("LaboratoryOrder", "public string ReportUrl { get; set; }", "ReportUrl")]
    [InlineData("ImmunizationEvent", "public bool Valid { get; set; }", "Valid")]
    [InlineData("ImmunizationEvent", "public System.DateTime CreatedDateTime { get; set; }", "CreatedDateTime")]
    [InlineData("LaboratoryOrder", "public string TestStatus { get; set; }", "TestStatus")]
    [InlineData("HospitalVisitResult", "public int RetryIn { get; set; }", "RetryIn")]
    [InlineData("MedicationSummary", "public string BrandName { get; set; } public string Manufacturer { get; set; }", "BrandName")]
    [InlineData("MedicationProduct", "public string Name { get; set; }", "Name")]
    [InlineData("VaccineCode", "public string Display { get; set; }", "Display")]
    [InlineData("MedicationService", "public string BaseUrl { get; set; }", "BaseUrl")]
    [InlineData("ImmunizationOptions", "public string Endpoint { get; set; }", "Endpoint")]
    [InlineData("CovidStatistics", "public int Cases { get; set; }", "Cases")]
    [InlineData("Medication", "public string Name { get; set; } public decimal Price { get; set; }", "Name")]
    // A laboratory, a hospital or a vaccine alone; a diagnostic of code; a health check of a service.
    [InlineData("Laboratory", "public string Name { get; set; }", "Name")]
    [InlineData("Hospital", "public string Name { get; set; }", "Name")]
    [InlineData("Pharmacy", "public string Name { get; set; } public string PhoneNumber { get; set; }", "PhoneNumber")]
    [InlineData("Pharmacy", "public string Name { get; set; } public string PhoneNumber { get; set; }", "Name")]
    [InlineData("Clinic", "public string AddressLine1 { get; set; } public string PostalCode { get; set; }", "AddressLine1")]
    [InlineData("DiagnosticDescriptor", "public string Title { get; set; }", "Title")]
    [InlineData("DiagnosticResult", "public string Message { get; set; }", "Message")]
    [InlineData("HealthCheckResult", "public string Description { get; set; }", "Description")]
    [InlineData("EncounterTable", "public string Monster { get; set; }", "Monster")]
    public void Their_distractors_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));

    [Theory]
    [InlineData("MedicationStatement", "public string Name { get; set; }", "Name")]
    [InlineData("LaboratoryOrder", "public string TestName { get; set; }", "TestName")]
    public void Care_record_content_is_for_discovery_only(string owner, string member, string name) =>
        Assert.True(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)) is { DiscoveryOnly: true, Sensitive: true });

    [Theory]
    // A person's type declares an acronym key: it and every member of the assembly named with it are people's keys.
    [InlineData("Patient", "Hdid", true)]
    [InlineData("Note", "HdId", true)]
    [InlineData("DependentAddedEvent", "DelegateHdid", true)]
    [InlineData("ProtectDependentRequest", "DelegateHdids", true)]
    [InlineData("PatientIdentity", "Pid", true)]
    // No person's type declares these: a process's id, a row's; and a flag about the key.
    [InlineData("ProcessInfo", "Oid", false)]
    [InlineData("Note", "RowId", false)]
    [InlineData("Note", "HasHdid", false)]
    public void Acronym_keys_of_person_types_are_learned(string owner, string name, bool learned)
    {
        const string Source = """
            public class Patient { public string Hdid { get; set; } = ""; public string Name { get; set; } = ""; }
            public class PatientIdentity { public string Pid { get; set; } = ""; }
            public class Note { public string HdId { get; set; } = ""; public int RowId { get; set; } public bool HasHdid { get; set; } }
            public class DependentAddedEvent { public string DelegateHdid { get; set; } = ""; }
            public class ProtectDependentRequest { public System.Collections.Generic.List<string> DelegateHdids { get; set; } = new(); }
            public class ProcessInfo { public int Oid { get; set; } }
            """;
        var match = PiiNameHeuristics.ClassifySymbol(DeclaredMember.In(Source, owner, name));
        Assert.Equal(learned, match is { Kind: "OnlineIdentifier", DiscoveryOnly: true });
    }
}
