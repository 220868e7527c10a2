using Allio.PiiGuard.Analyzers.Model;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The name table on a household's devices and places, what a person read or searched, council and care records,
/// an event's attendees, the people of care, lending, therapy and sport, and biometric templates; and their
/// distractors: a server's or a network's hardware address, a date of a vehicle's registration, counts and limits named
/// after a history, a tree's parent node, a media player.
/// </summary>
public sealed class PiiNameHeuristicsHouseholdTests
{
    [Theory]
    [InlineData("Device", "public string MacAddress { get; set; }", "MacAddress", "OnlineIdentifier")]
    [InlineData("Geofence", "public string HomeLocation { get; set; }", "HomeLocation", "Location")]
    [InlineData("Borrower", "public string ReadingHistory { get; set; }", "ReadingHistory", "Other")]
    [InlineData("Shopper", "public string SearchHistory { get; set; }", "SearchHistory", "Other")]
    [InlineData("ParkingPermit", "public string VehicleRegistration { get; set; }", "VehicleRegistration", "Other")]
    [InlineData("ParkingPermit", "public string Vrm { get; set; }", "Vrm", "Other")]
    [InlineData("BenefitClaim", "public string NiNumber { get; set; }", "NiNumber", "GovernmentId")]
    [InlineData("Attendee", "public string IdDocumentNumber { get; set; }", "IdDocumentNumber", "GovernmentId")]
    [InlineData("Attendee", "public string DietaryRequirements { get; set; }", "DietaryRequirements", "Health")]
    [InlineData("CareClient", "public string CarePlan { get; set; }", "CarePlan", "Health")]
    [InlineData("CareClient", "public string KeySafeCode { get; set; }", "KeySafeCode", "Other")]
    [InlineData("Visit", "public string CarerName { get; set; }", "CarerName", "FullName")]
    [InlineData("Ticket", "public string CompanionEmail { get; set; }", "CompanionEmail", "Email")]
    [InlineData("Loan", "public string BorrowerName { get; set; }", "BorrowerName", "FullName")]
    [InlineData("Complaint", "public string ComplainantPhone { get; set; }", "ComplainantPhone", "Phone")]
    [InlineData("VoiceCommand", "public string Transcript { get; set; } public string DeviceId { get; set; }", "Transcript", "Other")]
    [InlineData("VoicemailReceived", "public string Transcription { get; set; }", "Transcription", "Other")]
    [InlineData("TherapySession", "public string TherapistName { get; set; }", "TherapistName", "FullName")]
    [InlineData("MatchReport", "public string RefereeName { get; set; }", "RefereeName", "FullName")]
    [InlineData("Team", "public string CoachPhone { get; set; }", "CoachPhone", "Phone")]
    [InlineData("ConsentForm", "public string GuardianEmail { get; set; }", "GuardianEmail", "Email")]
    [InlineData("PlayerStat", "public string PlayerName { get; set; } public int Goals { get; set; }", "PlayerName", "FullName")]
    [InlineData("ClockInEvent", "public string FingerprintTemplate { get; set; }", "FingerprintTemplate", "Biometric")]
    [InlineData("Enrolment", "public string FaceTemplate { get; set; }", "FaceTemplate", "Biometric")]
    public void A_member_is_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    [InlineData("NetworkAdapter", "public string MacAddress { get; set; }", "MacAddress")]
    [InlineData("ServerInfo", "public string MacAddress { get; set; }", "MacAddress")]
    [InlineData("ParkingPermit", "public System.DateTime VehicleRegistrationDate { get; set; }", "VehicleRegistrationDate")]
    [InlineData("SearchOptions", "public int SearchHistoryLimit { get; set; }", "SearchHistoryLimit")]
    [InlineData("Lecture", "public string Transcript { get; set; }", "Transcript")]
    [InlineData("VoiceSettings", "public string Transcription { get; set; }", "Transcription")]
    [InlineData("CategoryNode", "public string ParentName { get; set; }", "ParentName")]
    [InlineData("MediaPlayer", "public string Name { get; set; }", "Name")]
    public void Its_distractors_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));
}
