using Allio.PiiGuard.Analyzers.Model;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The name table on rides, canvassing, genetic testing, payroll and moderation: drivers', riders' and voters' names,
/// voting intention, genetic data, an NI number's short form, the free text of an abuse report, and contact data told
/// apart by a letter or a number; and their distractors: a database driver's name, a voting system's settings, a DNA
/// kit's batch, a report of no one's matter.
/// </summary>
public sealed class PiiNameHeuristicsCivicTests
{
    [Theory]
    [InlineData("Trip", "public string DriverName { get; set; }", "DriverName", "FullName")]
    [InlineData("Trip", "public string RiderName { get; set; }", "RiderName", "FullName")]
    [InlineData("DoorstepVisit", "public string VoterName { get; set; }", "VoterName", "FullName")]
    [InlineData("Canvass", "public string VoterEmail { get; set; }", "VoterEmail", "Email")]
    [InlineData("DoorstepForm", "public string VotingIntention { get; set; }", "VotingIntention", "Other")]
    [InlineData("Voter", "public string PartyAffiliation { get; set; }", "PartyAffiliation", "Other")]
    [InlineData("DnaKit", "public string Haplogroup { get; set; }", "Haplogroup", "Other")]
    [InlineData("DnaKit", "public string Genotype { get; set; }", "Genotype", "Other")]
    [InlineData("GeneticResult", "public string RawDna { get; set; }", "RawDna", "Other")]
    [InlineData("Employee", "public string Nino { get; set; }", "Nino", "GovernmentId")]
    [InlineData("AbuseReport", "public string Evidence { get; set; }", "Evidence", "Other")]
    [InlineData("HarassmentComplaint", "public string Details { get; set; }", "Details", "Other")]
    [InlineData("Match", "public string EmailA { get; set; }", "EmailA", "Email")]
    [InlineData("Match", "public string Phone2 { get; set; }", "Phone2", "Phone")]
    public void A_member_is_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    [InlineData("DbConnectionInfo", "public string DriverName { get; set; }", "DriverName")]
    [InlineData("PrinterQueue", "public string DriverName { get; set; }", "DriverName")]
    [InlineData("VotingOptions", "public int VotingIntentionThreshold { get; set; }", "VotingIntentionThreshold")]
    [InlineData("DnaKitBatch", "public int BatchNumber { get; set; }", "BatchNumber")]
    [InlineData("AbuseReportTemplate", "public string Description { get; set; }", "Description")]
    [InlineData("SalesReport", "public string Summary { get; set; }", "Summary")]
    [InlineData("Match", "public string Score2 { get; set; }", "Score2")]
    public void Its_distractors_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));
}
