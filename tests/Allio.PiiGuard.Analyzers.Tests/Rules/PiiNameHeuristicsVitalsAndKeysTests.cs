using Allio.PiiGuard.Analyzers.Model;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The name table on vital signs, an insurance policy's number, the key of an address record, a person's refresh token,
/// one-time codes, session and message, and its distractors: a price list's areas, a shop's gateway password, a theme's
/// display name.
/// </summary>
public sealed class PiiNameHeuristicsVitalsAndKeysTests
{
    [Theory]
    [InlineData("VitalsForm", "public int HeartRate { get; set; }", "HeartRate", "Health")]
    [InlineData("VitalsForm", "public int Systolic { get; set; } public int Diastolic { get; set; }", "Diastolic", "Health")]
    [InlineData("Reading", "public double BloodGlucose { get; set; }", "BloodGlucose", "Health")]
    [InlineData("Checkup", "public decimal Bmi { get; set; }", "Bmi", "Health")]
    [InlineData("Observation", "public string BloodPressure { get; set; }", "BloodPressure", "Health")]
    // A policy's number where the record names its holder, or an insurance policy's number anywhere.
    [InlineData("InsuranceForm", "public string PolicyNumber { get; set; } public string HolderName { get; set; }", "PolicyNumber", "FinancialAccount")]
    [InlineData("Claim", "public string InsurancePolicyNumber { get; set; }", "InsurancePolicyNumber", "FinancialAccount")]
    // The key of an address record where someone lives or ships to.
    [InlineData("Order", "public long? ShippingAddressId { get; set; }", "ShippingAddressId", "PostalAddress")]
    [InlineData("User", "public long? DefaultBillingAddressId { get; set; }", "DefaultBillingAddressId", "PostalAddress")]
    [InlineData("UserAddress", "public long AddressId { get; set; }", "AddressId", "PostalAddress")]
    // A person's session credential and what a person wrote on their contact record.
    [InlineData("User", "public string RefreshTokenHash { get; set; }", "RefreshTokenHash", "Other")]
    [InlineData("Contact", "public string Content { get; set; } public string Email { get; set; }", "Content", "Other")]
    // An identity document's number: beside its holder, or in a type about identity checks.
    [InlineData("UploadDocumentCommand", "public string DocumentNumber { get; set; } public string HolderName { get; set; }", "DocumentNumber", "GovernmentId")]
    [InlineData("KycRequest", "public string DocNumber { get; set; }", "DocNumber", "GovernmentId")]
    [InlineData("AgeVerificationRequest", "public string DocumentNumber { get; set; }", "DocumentNumber", "GovernmentId")]
    // A real name beside a shown one; injuries, illnesses and sick leave; a driver's plate beside their licence.
    [InlineData("DatingProfile", "public string RealName { get; set; } public string Nickname { get; set; }", "RealName", "FullName")]
    [InlineData("InsuranceClaim", "public string InjuryDescription { get; set; }", "InjuryDescription", "Health")]
    [InlineData("Payslip", "public string SickLeaveReason { get; set; }", "SickLeaveReason", "Health")]
    [InlineData("Driver", "public string VehiclePlate { get; set; } public string DriversLicenseNumber { get; set; }", "VehiclePlate", "Other")]
    // A SIM's subscriber identity, a social profile, an owner's name.
    [InlineData("Subscriber", "public string Imsi { get; set; }", "Imsi", "OnlineIdentifier")]
    [InlineData("Candidate", "public string? LinkedInUrl { get; set; }", "LinkedInUrl", "OnlineIdentifier")]
    [InlineData("VetInvoice", "public string OwnerName { get; set; }", "OwnerName", "FullName")]
    // A person's profile and what it holds; who wrote a post; a visitor's browser; a second factor; a picture's address.
    [InlineData("AuthorProfile", "public string Country { get; set; } public string CityTown { get; set; }", "CityTown", "City")]
    [InlineData("AuthorProfile", "public string PhoneMain { get; set; }", "PhoneMain", "Phone")]
    [InlineData("Profile", "public string PhotoUrl { get; set; } public string FirstName { get; set; }", "PhotoUrl", "Other")]
    [InlineData("Post", "public string Author { get; set; }", "Author", "FullName")]
    [InlineData("Visitor", "public string UserAgent { get; set; }", "UserAgent", "OnlineIdentifier")]
    [InlineData("User", "public string TwoFactorCode { get; set; }", "TwoFactorCode", "Other")]
    // A one-time code sent to a person and their authenticator's seed; a phone's push registration; a person's session.
    [InlineData("OTPRegisterViewModel", "public string OTPCode { get; set; }", "OTPCode", "Other")]
    [InlineData("UserCredential", "public string OTPKey { get; set; }", "OTPKey", "Other")]
    [InlineData("User", "public string DeviceRegistrationToken { get; set; }", "DeviceRegistrationToken", "OnlineIdentifier")]
    [InlineData("UserSession", "public string SessionId { get; set; } public string UserId { get; set; }", "SessionId", "OnlineIdentifier")]
    // A prison's number for a person in its custody; what a clinician notes and why the patient came; a mood score.
    [InlineData("Prisoner", "public string PrisonerNumber { get; set; }", "PrisonerNumber", "GovernmentId")]
    [InlineData("TreatmentPlan", "public string? ClinicalNotes { get; set; }", "ClinicalNotes", "Health")]
    [InlineData("TherapyClient", "public string PresentingIssue { get; set; }", "PresentingIssue", "Health")]
    [InlineData("CheckIn", "public int MoodScore { get; set; }", "MoodScore", "Health")]
    [InlineData("Trip", "public double PickupLatitude { get; set; }", "PickupLatitude", "Location")]
    [InlineData("Member", "public double HomeLatitude { get; set; }", "HomeLatitude", "Location")]
    [InlineData("AdjusterVisit", "public double SiteLatitude { get; set; }", "SiteLatitude", "Location")]
    [InlineData("Athlete", "public double AvgHeartRate { get; set; }", "AvgHeartRate", "Health")]
    [InlineData("UserStats", "public double AvgHeartRate { get; set; }", "AvgHeartRate", "Health")]
    [InlineData("WeeklyReport", "public long UserId { get; set; } public double AvgSystolic { get; set; }", "AvgSystolic", "Health")]
    [InlineData("Employee", "public string Fingerprint { get; set; }", "Fingerprint", "Biometric")]
    // A customer's rate request with a street is still a customer's address.
    [InlineData("ShippingRateRequest", "public string ZipCode { get; set; } public string Street { get; set; }", "ZipCode", "PostalAddress")]
    // A keycard's PIN, a person's PIN, a vehicle's bare registration, what an emergency caller says is wrong.
    [InlineData("Keycard", "public string AccessPin { get; set; }", "AccessPin", "Other")]
    [InlineData("Member", "public string Pin { get; set; }", "Pin", "Other")]
    [InlineData("Vehicle", "public string Registration { get; set; } public string Make { get; set; }", "Registration", "Other")]
    [InlineData("Incident", "public string ChiefComplaint { get; set; }", "ChiefComplaint", "Health")]
    [InlineData("CctvStill", "public float[] FaceEmbedding { get; set; }", "FaceEmbedding", "Biometric")]
    [InlineData("Participant", "public string DietaryNotes { get; set; }", "DietaryNotes", "Health")]
    // A business customer's named contact, and a customer's own e-mail beside the company they work for.
    [InlineData("Customer", "public string OrganisationName { get; set; } public string Address { get; set; } public string BookingContactEmail { get; set; }", "BookingContactEmail", "Email")]
    [InlineData("Customer", "public string CompanyName { get; set; } public string FirstName { get; set; } public string Email { get; set; }", "Email", "Email")]
    // A letting's lead tenant is a person, with a name beside their e-mail.
    [InlineData("ProtectDepositRequest", "public string LeadTenantName { get; set; } public string LeadTenantEmail { get; set; }", "LeadTenantEmail", "Email")]
    [InlineData("ProtectDepositRequest", "public string LeadTenantName { get; set; } public string LeadTenantEmail { get; set; }", "LeadTenantName", "FullName")]
    [InlineData("FairPlayReport", "public string DeviceFingerprint { get; set; }", "DeviceFingerprint", "OnlineIdentifier")]
    // A clinician named in a claim or a referral.
    [InlineData("Claim", "public string TreatingVetName { get; set; }", "TreatingVetName", "FullName")]
    [InlineData("Referral", "public string ConsultantName { get; set; }", "ConsultantName", "FullName")]
    // The document a pawnbroker's id check records.
    [InlineData("IdCheck", "public string DocumentNumber { get; set; } public System.DateOnly DocumentExpiry { get; set; }", "DocumentNumber", "GovernmentId")]
    [InlineData("IdCheckRequest", "public string DocumentNumber { get; set; }", "DocumentNumber", "GovernmentId")]
    // A crew member's own car, and a team's coach with a name of their own, are a person's.
    [InlineData("CrewMember", "public string FirstName { get; set; } public string NumberPlate { get; set; }", "NumberPlate", "Other")]
    [InlineData("Passenger", "public string VehicleRegistration { get; set; }", "VehicleRegistration", "Other")]
    [InlineData("Order", "public string Customer { get; set; }", "Customer", "FullName")]
    // A club's member is a person, whatever the club's name says.
    [InlineData("ClubMember", "public string Name { get; set; } public string AddressLine { get; set; } public string Phone { get; set; }", "AddressLine", "PostalAddress")]
    public void A_member_is_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    [InlineData("ServerHealth", "public int Pulse { get; set; }", "Pulse")]
    [InlineData("Payslip", "public int SickLeaveDays { get; set; }", "SickLeaveDays")]
    [InlineData("ThreadInfo", "public string OwnerName { get; set; }", "OwnerName")]
    [InlineData("Resource", "public string Fingerprint { get; set; }", "Fingerprint")]
    [InlineData("SiteThemeDto", "public string Author { get; set; }", "Author")]
    [InlineData("PackageInfo", "public string Authors { get; set; }", "Authors")]
    [InlineData("ModuleDefinition", "public string Fingerprint { get; set; }", "Fingerprint")]
    [InlineData("HttpRequestLog", "public string UserAgent { get; set; }", "UserAgent")]
    [InlineData("PublishProfile", "public string Country { get; set; }", "Country")]
    [InlineData("Invoice", "public string DocumentNumber { get; set; } public string CustomerName { get; set; }", "DocumentNumber")]
    [InlineData("WeatherReading", "public double Temperature { get; set; }", "Temperature")]
    [InlineData("SecurityPolicy", "public string PolicyNumber { get; set; }", "PolicyNumber")]
    // A price list's areas select a price: they locate nobody.
    [InlineData("PriceAndDestination", "public string ZipCode { get; set; } public string CountryId { get; set; } public decimal ShippingPrice { get; set; }", "ZipCode")]
    [InlineData("PriceAndDestination", "public string ZipCode { get; set; } public string CountryId { get; set; } public decimal ShippingPrice { get; set; }", "CountryId")]
    [InlineData("ShippingRate", "public long? DistrictId { get; set; } public string PostalCode { get; set; }", "PostalCode")]
    // A shop's account at a payment gateway, a theme's names, a warehouse's own address, a blog post's content.
    [InlineData("PaymentRequest", "public string MerchantPassword { get; set; }", "MerchantPassword")]
    [InlineData("ThemeManifest", "public string FullName { get; set; } public string DisplayName { get; set; }", "DisplayName")]
    [InlineData("Warehouse", "public long AddressId { get; set; } public string Name { get; set; }", "AddressId")]
    [InlineData("BlogPost", "public string Content { get; set; }", "Content")]
    [InlineData("ApiClient", "public string RefreshToken { get; set; }", "RefreshToken")]
    [InlineData("OAuthToken", "public string RefreshTokenHash { get; set; }", "RefreshTokenHash")]
    // A mail server's one-time secret; a session of no one named (a cart's, a chat's).
    [InlineData("SmtpSettings", "public string OtpSecret { get; set; }", "OtpSecret")]
    [InlineData("Cart", "public string SessionId { get; set; } public decimal Total { get; set; }", "SessionId")]
    [InlineData("ChatSession", "public string SessionId { get; set; } public string Topic { get; set; }", "SessionId")]
    // The coordinates of premises named before them: a car's home parking bay, a depot.
    [InlineData("Vehicle", "public double HomeBayLatitude { get; set; }", "HomeBayLatitude")]
    [InlineData("VehicleStatus", "public double BayLongitude { get; set; }", "BayLongitude")]
    [InlineData("Order", "public double DepotLatitude { get; set; }", "DepotLatitude")]
    [InlineData("Listing", "public string AgentOfficeAddress { get; set; }", "AgentOfficeAddress")]
    // A statistic of many people's readings.
    [InlineData("SiteAverage", "public int KioskId { get; set; } public double AvgSystolic { get; set; }", "AvgSystolic")]
    // An organisation's bank account, and the mailbox of a notice about an organisation that names it.
    [InlineData("Vendor", "public string CompanyName { get; set; } public string? PayoutIban { get; set; }", "PayoutIban")]
    [InlineData("Supplier", "public string Iban { get; set; }", "Iban")]
    [InlineData("VendorReminder", "public string CompanyName { get; set; } public string BookingsEmail { get; set; }", "BookingsEmail")]
    // An address record's own key is the row's key, like a bare Id.
    [InlineData("PimsAddress", "public long AddressId { get; set; }", "AddressId")]
    [InlineData("PersonAddress", "public long PersonAddressId { get; set; } public long AddressId { get; set; }", "PersonAddressId")]
    // An ambulance crew's or a fleet's vehicle, a hostel's address: the operator's.
    [InlineData("Crew", "public string CallSign { get; set; } public string VehicleRegistration { get; set; }", "VehicleRegistration")]
    [InlineData("FleetVan", "public string NumberPlate { get; set; }", "NumberPlate")]
    [InlineData("Hostel", "public string Name { get; set; } public string Address { get; set; }", "Address")]
    // A map's pin, an Indian address's pin code, a course's registration, a fleet van's registration.
    [InlineData("MapMarker", "public string Pin { get; set; }", "Pin")]
    [InlineData("Course", "public string Registration { get; set; }", "Registration")]
    [InlineData("FleetVehicle", "public string Registration { get; set; }", "Registration")]
    // A customer that is a business: its bare address is the business's.
    [InlineData("Customer", "public string OrganisationName { get; set; } public string Address { get; set; } public string BookingContactEmail { get; set; }", "Address")]
    // A SaaS tenant's mailbox is an organisation's.
    [InlineData("Subscription", "public string TenantEmail { get; set; }", "TenantEmail")]
    // An invoice's document number, beside its type, is the invoice's.
    [InlineData("Invoice", "public string DocumentNumber { get; set; } public string DocumentType { get; set; }", "DocumentNumber")]
    // A number after a name is a reference to the person, not the name.
    [InlineData("Customer", "public string CustomerNumber { get; set; } public string FullName { get; set; }", "CustomerNumber")]
    [InlineData("Order", "public string CustomerNo { get; set; }", "CustomerNo")]
    [InlineData("Refund", "public string PayerNumber { get; set; }", "PayerNumber")]
    // A centre's or a club's name, address and phone are its own.
    [InlineData("DonationCentre", "public string Name { get; set; } public string AddressLine { get; set; } public string PhoneNumber { get; set; }", "Name")]
    [InlineData("Club", "public string Name { get; set; } public string AddressLine { get; set; } public string Phone { get; set; }", "AddressLine")]
    [InlineData("Club", "public string Name { get; set; } public string AddressLine { get; set; } public string Phone { get; set; }", "Phone")]
    [InlineData("LeisureCenter", "public string Email { get; set; } public string Name { get; set; }", "Email")]
    public void Its_distractors_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));

    [Theory]
    [InlineData("Order", "public long? ShippingAddressId { get; set; }", "ShippingAddressId")]
    [InlineData("Contact", "public string Content { get; set; } public string Email { get; set; }", "Content")]
    [InlineData("UserSession", "public string SessionId { get; set; } public string UserId { get; set; }", "SessionId")]
    // A birth date's year and a name's initials: what a date and a name are coarsened to.
    [InlineData("PatientSummary", "public int BirthYear { get; set; }", "BirthYear")]
    [InlineData("PatientSummary", "public string Initials { get; set; }", "Initials")]
    // An insurance policy's number is the insurer's reference for the holder's contract, used as a customer number is.
    [InlineData("InsuranceForm", "public string PolicyNumber { get; set; } public string HolderName { get; set; }", "PolicyNumber")]
    [InlineData("Claim", "public string InsurancePolicyNumber { get; set; }", "InsurancePolicyNumber")]
    public void Keys_coarsened_values_and_free_text_are_for_discovery_only(string owner, string member, string name) =>
        Assert.True(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.DiscoveryOnly);
}
