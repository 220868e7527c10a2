using Allio.PiiGuard.Analyzers.Model;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Free text in a record of one person's matter (a safeguarding concern's notes, an interview's notes, a disciplinary
/// case's details, a clinical referral's summary) is theirs whatever the member is called; the same words in a
/// matter's process, catalogue or settings, in other records, and a record's machinery stay quiet.
/// </summary>
public sealed class PersonalMatterTextTests
{
    [Theory]
    [InlineData("SafeguardingConcern", "public string Notes { get; set; } public int Severity { get; set; }", "Notes", "Other")]
    [InlineData("InterviewCompleted", "public string Notes { get; set; } public int Score { get; set; }", "Notes", "Other")]
    [InlineData("InterviewFeedback", "public string InterviewerComments { get; set; }", "InterviewerComments", "Other")]
    [InlineData("DisciplinaryCase", "public string Details { get; set; }", "Details", "Other")]
    [InlineData("GrievanceRaised", "public string Description { get; set; }", "Description", "Other")]
    [InlineData("WelfareCheck", "public string Observations { get; set; }", "Observations", "Other")]
    [InlineData("ClinicalReferral", "public string Summary { get; set; }", "Summary", "Health")]
    [InlineData("TriageAssessment", "public string Notes { get; set; }", "Notes", "Health")]
    [InlineData("TherapySession", "public string PresentingIssue { get; set; }", "PresentingIssue", "Health")]
    [InlineData("MoodCheckIn", "public string Journal { get; set; } public int MoodScore { get; set; }", "Journal", "Health")]
    [InlineData("CrisisEscalation", "public string Statement { get; set; }", "Statement", "Health")]
    // An appeal's grounds, a complaint's or a dispute's account, and the reasons of a decision about the person.
    [InlineData("Appeal", "public string Grounds { get; set; } public string Outcome { get; set; }", "Grounds", "Other")]
    [InlineData("AppealDecision", "public string Rationale { get; set; }", "Rationale", "Other")]
    [InlineData("ComplaintSubmission", "public string Description { get; set; }", "Description", "Other")]
    [InlineData("DepositDispute", "public string Reason { get; set; }", "Reason", "Other")]
    [InlineData("SurveillanceReport", "public string Observation { get; set; }", "Observation", "Other")]
    // What a named person wrote or said, in any record.
    [InlineData("ClaimSubmission", "public string ClaimantStatement { get; set; }", "ClaimantStatement", "Other")]
    [InlineData("Application", "public string ApplicantComments { get; set; }", "ApplicantComments", "Other")]
    public void Free_text_of_a_personal_matter_is_classified(string owner, string member, string name, string kind) =>
        Assert.Equal(kind, PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name))?.Kind);

    [Theory]
    // A record's machinery and values that are no free text.
    [InlineData("SafeguardingConcern", "public string Notes { get; set; } public int Severity { get; set; }", "Severity")]
    [InlineData("InterviewFeedback", "public string NotesTemplateId { get; set; }", "NotesTemplateId")]
    [InlineData("InterviewFeedback", "public int CommentsCount { get; set; }", "CommentsCount")]
    // A matter's process, catalogue and settings: the same for everyone.
    [InlineData("InterviewQuestion", "public string Text { get; set; }", "Text")]
    [InlineData("InterviewSlot", "public string Notes { get; set; }", "Notes")]
    [InlineData("SafeguardingPolicyOptions", "public string Description { get; set; }", "Description")]
    [InlineData("TherapyType", "public string Description { get; set; }", "Description")]
    [InlineData("ClinicalTrialTemplate", "public string Summary { get; set; }", "Summary")]
    // Free text of records of no personal matter.
    [InlineData("Ticket", "public string Notes { get; set; }", "Notes")]
    [InlineData("ReleaseNote", "public string Summary { get; set; }", "Summary")]
    [InlineData("BankAccount", "public string Statement { get; set; }", "Statement")]
    [InlineData("MoodBoard", "public string Description { get; set; }", "Description")]
    [InlineData("VoiceChannel", "public string Description { get; set; }", "Description")]
    [InlineData("CrisisLine", "public string Summary { get; set; }", "Summary")]
    [InlineData("GitHubIssue", "public string Description { get; set; }", "Description")]
    [InlineData("AnimalWelfareDog", "public string Notes { get; set; }", "Notes")]
    // A person's free text needs the person named right before it; a reason of no personal matter is none.
    [InlineData("Order", "public string OrderNotes { get; set; }", "OrderNotes")]
    [InlineData("Claim", "public string ClaimantStatementId { get; set; }", "ClaimantStatementId")]
    [InlineData("Refund", "public string Reason { get; set; }", "Reason")]
    [InlineData("AppealWindow", "public int Days { get; set; }", "Days")]
    public void Its_distractors_stay_unclassified(string owner, string member, string name) =>
        Assert.Null(PiiNameHeuristics.ClassifySymbol(DeclaredMember.Of(owner, member, name)));

    [Fact]
    public Task Under_inference_a_concerns_notes_reaching_a_log_are_reported() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using Microsoft.Extensions.Logging;
                public sealed record SafeguardingConcern(System.Guid PupilId, string Notes, int Severity);
                public sealed record InterviewSlot(System.Guid Id, string Notes);
                class Welfare
                {
                    void Raise(ILogger logger, SafeguardingConcern concern, InterviewSlot slot)
                    {
                        logger.LogInformation("Severity {Severity} for {Pupil}", concern.Severity, concern.PupilId);
                        logger.LogInformation("Notes: {Notes}", {|PII001:concern.Notes|});
                        logger.LogInformation("Slot notes: {Notes}", slot.Notes);
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
        },
    }.RunAsync();
}
