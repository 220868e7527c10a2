using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The name table on schools, wearables, deliveries and their people: pupils' and learners' numbers, special educational
/// needs, absences, national insurance, readings with their units, who signed for something, the numbers of cards
/// that pay for nothing, special categories asked for in a search, funerals' and condolence books' people, and what a
/// genetic test found.
/// </summary>
public sealed class PiiNameHeuristicsSchoolAndWearableTests
{
    [Theory]
    [InlineData("Eligibility", "public string ParentNationalInsurance { get; set; }", "ParentNationalInsurance", "GovernmentId")]
    [InlineData("Employee", "public string NationalInsurance { get; set; }", "NationalInsurance", "GovernmentId")]
    [InlineData("PupilInput", "public string UniquePupilNumber { get; set; }", "UniquePupilNumber", "GovernmentId")]
    [InlineData("Enrolment", "public long UniqueLearnerNumber { get; set; }", "UniqueLearnerNumber", "GovernmentId")]
    [InlineData("PupilInput", "public string SenNeed { get; set; }", "SenNeed", "Health")]
    [InlineData("Pupil", "public string SpecialEducationalNeeds { get; set; }", "SpecialEducationalNeeds", "Health")]
    [InlineData("AttendanceMark", "public string AbsenceReason { get; set; }", "AbsenceReason", "Other")]
    [InlineData("WearableSample", "public int HeartRateBpm { get; set; }", "HeartRateBpm", "Health")]
    [InlineData("Reading", "public int SystolicMmHg { get; set; }", "SystolicMmHg", "Health")]
    [InlineData("WearableSample", "public int SleepMinutes { get; set; }", "SleepMinutes", "Health")]
    [InlineData("ProofOfDelivery", "public string SignedByName { get; set; }", "SignedByName", "FullName")]
    [InlineData("Document", "public string LastModifiedByDisplayName { get; set; }", "LastModifiedByDisplayName", "FullName")]
    [InlineData("Ticket", "public string CreatedByName { get; set; }", "CreatedByName", "FullName")]
    [InlineData("Block", "public string BlockedByUser { get; set; }", "BlockedByUser", "OnlineIdentifier")]
    [InlineData("CanvassVisit", "public string VoterName { get; set; }", "VoterName", "FullName")]
    [InlineData("PaymentCard", "public string CardNumber { get; set; }", "CardNumber", "FinancialAccount")]
    [InlineData("DonorSearchResult", "public string BloodGroup { get; set; }", "BloodGroup", "Health")]
    [InlineData("Embryo", "public string GeneticScreeningResult { get; set; }", "GeneticScreeningResult", "Other")]
    [InlineData("FuneralArrangement", "public string CauseOfDeath { get; set; }", "CauseOfDeath", "Health")]
    [InlineData("FuneralArrangement", "public string DeceasedName { get; set; }", "DeceasedName", "FullName")]
    [InlineData("CondolenceEntry", "public string AuthorName { get; set; }", "AuthorName", "FullName")]
    public void Named_data_is_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    [InlineData("Payslip", "public decimal NationalInsurance { get; set; }", "NationalInsurance")]
    [InlineData("Payslip", "public string NationalInsuranceCategory { get; set; }", "NationalInsuranceCategory")]
    [InlineData("Query", "public bool SortedByName { get; set; }", "SortedByName")]
    [InlineData("Catalogue", "public string SortedBy { get; set; }", "SortedBy")]
    [InlineData("FailedDeliveryCard", "public string CardNumber { get; set; }", "CardNumber")]
    [InlineData("GiftCard", "public string CardNumber { get; set; }", "CardNumber")]
    [InlineData("Product", "public double WeightKg { get; set; }", "WeightKg")]
    [InlineData("ThrottleOptions", "public int SleepMinutes { get; set; }", "SleepMinutes")]
    [InlineData("DonorSearchRequest", "public string BloodGroup { get; set; }", "BloodGroup")]
    [InlineData("PatientFilter", "public string Diagnosis { get; set; }", "Diagnosis")]
    [InlineData("ZipArchiveEntry", "public string FullName { get; set; }", "FullName")]
    public void Other_data_stays_quiet(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));

    [Theory]
    // A driver's or a rider's contact data in a service named after routes or places is still the person's.
    [InlineData("DriverRoutePlanner", 1, "Phone")]
    [InlineData("RoutePlanner", 2, "Phone")]
    [InlineData("RoutePlanner", 3, null)]
    public void A_persons_contact_data_names_its_person(string owner, int parameter, string? kind)
    {
        var method = (IMethodSymbol)DeclaredMember.Of(
            owner, "public void Plan(string driverName, string driverMobile, string riderPhone, string depotPhone) { }", "Plan");
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(method.Parameters[parameter])?.Kind);
    }
}
