using Allio.PiiGuard.Analyzers.Model;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The name table on vehicle plates, loyalty numbers, notes about a special category, a role's name beside the role's
/// contact data and the parts of a name type, and their distractors: an organisation's or a place's name beside its
/// address, a client application's name, a type's name, an address family, a registered business's own contact data.
/// </summary>
public sealed class PiiNameHeuristicsRolesAndPlatesTests
{
    [Theory]
    // A plate names the vehicle's keeper wherever it is kept.
    [InlineData("ParkingFine", "public string NumberPlate { get; set; }", "NumberPlate", "Other")]
    [InlineData("ParkingSpot", "public string LicensePlate { get; set; } public string Level { get; set; }", "LicensePlate", "Other")]
    // A member number of a loyalty scheme.
    [InlineData("Passenger", "public string FrequentFlyerNumber { get; set; }", "FrequentFlyerNumber", "Other")]
    [InlineData("Shopper", "public string LoyaltyCardNumber { get; set; }", "LoyaltyCardNumber", "Other")]
    // What was noted about a special category.
    [InlineData("Passenger", "public string MedicalAssistanceNotes { get; set; }", "MedicalAssistanceNotes", "Health")]
    [InlineData("Visit", "public string MedicalNotes { get; set; }", "MedicalNotes", "Health")]
    [InlineData("CaseFile", "public string CriminalRecordNotes { get; set; }", "CriminalRecordNotes", "Other")]
    // A role's name beside the role's own e-mail, phone or address.
    [InlineData("ParkingFine", "public string KeeperName { get; set; } public string KeeperAddress { get; set; }", "KeeperName", "FullName")]
    [InlineData("Appeal", "public string AppellantName { get; set; } public string AppellantEmail { get; set; }", "AppellantName", "FullName")]
    [InlineData("ReferenceCheck", "public string RefereeName { get; set; } public string RefereePhone { get; set; }", "RefereeName", "FullName")]
    // The parts of a type named after a name.
    [InlineData("PartyName", "public string Given { get; set; } public string Family { get; set; }", "Given", "FirstName")]
    [InlineData("PartyName", "public string Given { get; set; } public string Family { get; set; }", "Family", "LastName")]
    [InlineData("PersonName", "public string First { get; set; } public string Last { get; set; }", "Last", "LastName")]
    // Identity numbers and cards in a person's record, a birthplace, and names written glued in lower case.
    [InlineData("Contact", "public string FirstName { get; set; } public string PrimaryIdNumber { get; set; }", "PrimaryIdNumber", "GovernmentId")]
    [InlineData("Worker", "public string FirstName { get; set; } public string IdCardNumber { get; set; }", "IdCardNumber", "GovernmentId")]
    [InlineData("Contact", "public string BirthPlace { get; set; }", "BirthPlace", "Other")]
    [InlineData("Contact", "public string DriversLicenceNumber { get; set; }", "DriversLicenceNumber", "GovernmentId")]
    [InlineData("Worker", "public string phonenumber { get; set; }", "phonenumber", "Phone")]
    [InlineData("Worker", "public string driverslicencenumber { get; set; }", "driverslicencenumber", "GovernmentId")]
    [InlineData("Candidate", "public string CvText { get; set; }", "CvText", "WorkHistory")]
    [InlineData("Applicant", "public string Resume { get; set; } public string FirstName { get; set; }", "Resume", "WorkHistory")]
    // A bare licence number in a record about a person: a driver's sign-up, a record beside its own birth date.
    [InlineData("DriverSignup", "public string LicenceNumber { get; set; }", "LicenceNumber", "GovernmentId")]
    // The ends of a call, a person's credit score, a pet's microchip (registered to its keeper), safeguarding notes.
    [InlineData("CallDetailRecord", "public string CallerNumber { get; set; } public string CalledNumber { get; set; }", "CalledNumber", "Phone")]
    [InlineData("Cdr", "public string CallingNumber { get; set; }", "CallingNumber", "Phone")]
    [InlineData("BureauReport", "public int CreditScore { get; set; }", "CreditScore", "Other")]
    [InlineData("Registration", "public string MicrochipNumber { get; set; }", "MicrochipNumber", "Other")]
    [InlineData("Pupil", "public string SafeguardingNotes { get; set; }", "SafeguardingNotes", "Other")]
    [InlineData("Driver", "public string DriversLicenseNumber { get; set; }", "DriversLicenseNumber", "GovernmentId")]
    [InlineData("Vehicle", "public string DrivingLicenceNumber { get; set; }", "DrivingLicenceNumber", "GovernmentId")]
    // A paired wearable's serial, a door key card's number or UID, a signer's printed name, a pager, a car's registration.
    [InlineData("PairingRequest", "public string DeviceSerial { get; set; }", "DeviceSerial", "OnlineIdentifier")]
    [InlineData("Tracker", "public string DeviceSerialNumber { get; set; }", "DeviceSerialNumber", "OnlineIdentifier")]
    [InlineData("RoomKey", "public string KeyCardNumber { get; set; }", "KeyCardNumber", "Other")]
    [InlineData("DoorEvent", "public string CardUid { get; set; }", "CardUid", "Other")]
    [InlineData("Badge", "public string AccessCardNumber { get; set; }", "AccessCardNumber", "Other")]
    [InlineData("ProofOfDelivery", "public string PrintedName { get; set; }", "PrintedName", "FullName")]
    [InlineData("OnCallRota", "public string PagerNumber { get; set; }", "PagerNumber", "Phone")]
    [InlineData("Rental", "public string CarRegistration { get; set; }", "CarRegistration", "Other")]
    // A claim a person's account carries, and a person's picture however it is encoded.
    [InlineData("UserClaim", "public string Type { get; set; } public string Value { get; set; }", "Value", "Other")]
    [InlineData("User", "public string Email { get; set; } public string EncodedPicture { get; set; }", "EncodedPicture", "Other")]
    // A British first name, a LinkedIn profile's address, a licence number in a driver's record.
    [InlineData("Alumnus", "public string Forename { get; set; }", "Forename", "FirstName")]
    [InlineData("Alumnus", "public string LinkedInProfileUrl { get; set; }", "LinkedInProfileUrl", "OnlineIdentifier")]
    [InlineData("DriverSummary", "public int DriverId { get; set; } public string LicenceNo { get; set; }", "LicenceNo", "GovernmentId")]
    // A sole trader's VAT number with no company beside it, and a person's billing address beside a company name.
    [InlineData("Freelancer", "public string FullName { get; set; } public string VatNumber { get; set; }", "VatNumber", "GovernmentId")]
    [InlineData("Client", "public string FullName { get; set; } public string CompanyName { get; set; } public string BillingAddress { get; set; }", "BillingAddress", "PostalAddress")]
    // A law firm's client is a person.
    [InlineData("Client", "public string Email { get; set; } public string MatterReference { get; set; }", "Email", "Email")]
    [InlineData("Driver", "public string LicenseNumber { get; set; } public System.DateOnly DateOfBirth { get; set; }", "LicenseNumber", "GovernmentId")]
    [InlineData("ResaleTransfer", "public string ToEmail { get; set; } public string ToName { get; set; }", "ToName", "FullName")]
    [InlineData("Handover", "public string FromPhone { get; set; } public string SenderName { get; set; } public string SenderPhone { get; set; }", "SenderName", "FullName")]
    // People of incidents by name and contact.
    [InlineData("AccidentReport", "public string InjuredName { get; set; } public string PisteCode { get; set; }", "InjuredName", "FullName")]
    [InlineData("IncidentLog", "public string WitnessPhone { get; set; }", "WitnessPhone", "Phone")]
    [InlineData("Casualty", "public string Name { get; set; } public int Ward { get; set; }", "Name", "FullName")]
    // What a debtor earns, beside the debtor's contact; where a member works.
    [InlineData("ProposePaymentPlan", "public string DebtorEmail { get; set; } public decimal MonthlyIncome { get; set; }", "MonthlyIncome", "Other")]
    [InlineData("UnionMember", "public string FullName { get; set; } public string Workplace { get; set; }", "Workplace", "Company")]
    // Health in a person's record beside a pet is still the person's; a record without an animal holds people's.
    [InlineData("Customer", "public string PetName { get; set; } public string Allergies { get; set; }", "Allergies", "Health")]
    [InlineData("BookAppointmentRequest", "public string PatientName { get; set; } public string Symptoms { get; set; }", "Symptoms", "Health")]
    // A number abbreviated at the end of the name.
    [InlineData("Learner", "public string FirstName { get; set; } public string ProvisionalLicenceNo { get; set; }", "ProvisionalLicenceNo", "GovernmentId")]
    [InlineData("Donor", "public string NhsNo { get; set; }", "NhsNo", "GovernmentId")]
    // A card's printed name, a passport's machine-readable lines, a wearable's Bluetooth address, a person's handle.
    [InlineData("PaymentRequest", "public string NameOnCard { get; set; } public int ExpiryYear { get; set; }", "NameOnCard", "FullName")]
    [InlineData("PassportScan", "public string MrzLine2 { get; set; }", "MrzLine2", "GovernmentId")]
    [InlineData("PairingRequest", "public string BluetoothMac { get; set; } public string Model { get; set; }", "BluetoothMac", "OnlineIdentifier")]
    [InlineData("Athlete", "public string DisplayName { get; set; } public string Handle { get; set; }", "Handle", "OnlineIdentifier")]
    // The officer on duty, and a person's station phone, are still people's.
    [InlineData("Roster", "public string DutyOfficerPhone { get; set; }", "DutyOfficerPhone", "Phone")]
    [InlineData("Firefighter", "public string FullName { get; set; } public string MobileNumber { get; set; }", "MobileNumber", "Phone")]
    public void A_member_is_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    [InlineData("CompanyInfo", "public string CompanyName { get; set; } public string CompanyEmail { get; set; }", "CompanyName")]
    [InlineData("Location", "public string SiteName { get; set; } public string SiteAddress { get; set; }", "SiteName")]
    [InlineData("Client", "public string ClientId { get; set; } public string ClientName { get; set; } public string ClientUri { get; set; }", "ClientName")]
    [InlineData("ServerInfo", "public string ServerName { get; set; } public string ServerAddress { get; set; }", "ServerName")]
    [InlineData("Venue", "public string HotelName { get; set; } public string HotelPhone { get; set; }", "HotelName")]
    [InlineData("Holiday", "public string EventName { get; set; } public string EventAddress { get; set; }", "EventName")]
    [InlineData("TypeName", "public string First { get; set; } public string Last { get; set; }", "First")]
    [InlineData("Socket", "public string AddressFamily { get; set; }", "AddressFamily")]
    [InlineData("Reading", "public string LastValue { get; set; }", "LastValue")]
    [InlineData("Queue", "public string First { get; set; }", "First")]
    // An organisation's record, told by its business registration: its name, mailbox and addresses are its own.
    [InlineData("Account", "public string name; public string businessNumber; public string mailingAddressStreet;", "mailingAddressStreet")]
    [InlineData("Account", "public string name; public string businessNumber; public string mailingAddressStreet;", "name")]
    [InlineData("Organisation", "public string Phone { get; set; } public string IncorporationNumber { get; set; }", "Phone")]
    [InlineData("Party", "public string Phone { get; set; } public string CompanyNumber { get; set; }", "Phone")]
    // A pandemic-era application for a permit is no record of care.
    [InlineData("CovidApplication", "public string EstablishmentEmail { get; set; } public string NameOfApplicant { get; set; }", "EstablishmentEmail")]
    [InlineData("Invoice", "public string IdNumber { get; set; }", "IdNumber")]
    [InlineData("Listing", "public string phonenumberformat { get; set; }", "phonenumberformat")]
    [InlineData("DownloadJob", "public string ResumeToken { get; set; }", "ResumeToken")]
    [InlineData("Playback", "public string Resume { get; set; }", "Resume")]
    // A licence's own number, and one in a record nothing says is a person's.
    [InlineData("License", "public string LicenseNumber { get; set; } public string Email { get; set; }", "LicenseNumber")]
    [InlineData("RelatedLicence", "public string LicenceNumber { get; set; } public string FirstName { get; set; }", "LicenceNumber")]
    [InlineData("Establishment", "public string LicenceNumber { get; set; } public string Name { get; set; }", "LicenceNumber")]
    [InlineData("Telephony", "public string CallerNumberFormat { get; set; }", "CallerNumberFormat")]
    [InlineData("ScoringRules", "public int MinCreditScoreThreshold { get; set; }", "MinCreditScoreThreshold")]
    // An animal's name and birth date.
    [InlineData("Pet", "public string Name { get; set; } public System.DateOnly DateOfBirth { get; set; }", "Name")]
    [InlineData("RescueDog", "public string Name { get; set; } public System.DateOnly DateOfBirth { get; set; }", "DateOfBirth")]
    // An animal's health, in its own record or beside the animal's members.
    [InlineData("Pet", "public string Allergies { get; set; }", "Allergies")]
    [InlineData("BookAppointmentRequest", "public string OwnerName { get; set; } public string PetName { get; set; } public string Symptoms { get; set; }", "Symptoms")]
    [InlineData("Visit", "public string Species { get; set; } public string Diagnosis { get; set; }", "Diagnosis")]
    // A society's own number for its member, as a customer number is a shop's.
    [InlineData("Member", "public string MembershipNumber { get; set; } public string Email { get; set; }", "MembershipNumber")]
    // A company's income, and a workplace nothing says is a person's.
    [InlineData("CompanyAccount", "public string CompanyEmail { get; set; } public decimal MonthlyIncome { get; set; }", "MonthlyIncome")]
    [InlineData("Branch", "public string Code { get; set; } public string Workplace { get; set; }", "Workplace")]
    // An operator's desk is no data subject.
    [InlineData("OfficerRegistry", "public string DutyDeskEmail { get; set; }", "DutyDeskEmail")]
    // A handle of a program's part is no person's.
    [InlineData("NativeBuffer", "public System.IntPtr Pointer { get; set; } public string Handle { get; set; }", "Handle")]
    // A phone whoever is on duty carries, and a station's own contact data, belong to no one person.
    [InlineData("StationBoard", "public string StationName { get; set; } public string DutyPhone { get; set; }", "DutyPhone")]
    [InlineData("Station", "public string StationPhone { get; set; }", "StationPhone")]
    [InlineData("Depot", "public string StationAddress { get; set; }", "StationAddress")]
    // A transfer's or a route's ends named without a person's contact beside them.
    [InlineData("StockTransfer", "public string ToName { get; set; } public string FromName { get; set; }", "ToName")]
    [InlineData("ResaleTransfer", "public string ToName { get; set; } public string FromEmail { get; set; }", "ToName")]
    // A sign-in client's registration is an application's.
    [InlineData("Client", "public string ClientSecret { get; set; } public string TlsClientAuthSanEmail { get; set; }", "TlsClientAuthSanEmail")]
    [InlineData("Client", "public string[] RedirectUris { get; set; } public System.Collections.Generic.List<string> Contacts { get; set; }", "Contacts")]
    // An insurance claim's value, a claim of no person's, and a product's encoded picture.
    [InlineData("UserClaim", "public decimal Value { get; set; }", "Value")]
    [InlineData("PermissionClaim", "public string Value { get; set; }", "Value")]
    [InlineData("Product", "public string EncodedPicture { get; set; }", "EncodedPicture")]
    // A company's registered office, VAT number and name beside each other; a GP practice's and a lender's address; a parking bay's position.
    [InlineData("Client", "public string FullName { get; set; } public string CompanyName { get; set; } public string RegisteredAddress { get; set; }", "RegisteredAddress")]
    [InlineData("Client", "public string FullName { get; set; } public string CompanyName { get; set; } public string VatNumber { get; set; }", "VatNumber")]
    [InlineData("GpPractice", "public string Name { get; set; } public string PracticeAddress { get; set; }", "PracticeAddress")]
    [InlineData("Lender", "public string LenderCode { get; set; } public string Address { get; set; }", "Address")]
    [InlineData("ParkingBay", "public string Code { get; set; } public double Latitude { get; set; }", "Latitude")]
    // A disk's serial is a machine's; so is a product's bare serial number.
    [InlineData("DiskInfo", "public string DeviceSerial { get; set; }", "DeviceSerial")]
    [InlineData("StockItem", "public string SerialNumber { get; set; }", "SerialNumber")]
    public void Its_distractors_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));
}
