using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Free text written about one person in a record of a matter that is theirs alone (<c>SafeguardingConcern.Notes</c>,
/// <c>InterviewCompleted.Notes</c>, <c>DisciplinaryCase.Details</c>, <c>MedicalReferral.Summary</c>,
/// <c>TherapySession.PresentingIssue</c>, <c>MoodCheckIn.Journal</c>): what the writer
/// says there is about that person, whatever the member is called, so the type's name decides.
/// </summary>
internal static partial class PiiNameHeuristics
{
    /// <summary>Matters that concern one person: a record named with one of these words is about that person.</summary>
    private static readonly HashSet<string> PersonalMatterWords =
    [
        "safeguarding", "welfare", "disciplinary", "grievance", "counselling", "counseling", "interview", "interviews",
        // What a person said to a voice assistant or left on a voicemail, written out.
        "voice", "voicemail", "dictation",
        // A report of abuse, harassment or misconduct: about the person reported and the one reporting.
        "abuse", "harassment", "misconduct",
        // What a person puts to an authority against a decision, a charge or another party, and what is said about them.
        "appeal", "appeals", "complaint", "complaints", "dispute", "disputes", "allegation", "allegations", "surveillance",
    ];

    /// <summary>Matters of a person's health: their free text is health data (a special category).</summary>
    private static readonly HashSet<string> HealthMatterWords =
    [
        "medical", "clinical", "triage", "diagnosis", "symptom", "symptoms",
        // A person's mind: therapy, a crisis, a mood they record.
        "therapy", "psychotherapy", "psychiatric", "crisis", "mood",
    ];

    /// <summary>Members that hold what someone wrote in their own words.</summary>
    private static readonly HashSet<string> FreeTextWords =
    [
        "notes", "note", "comments", "comment", "details", "narrative", "observations", "observation", "summary", "remarks",
        "findings", "description", "text", "concern", "concerns", "transcript", "transcription", "statement", "journal",
        "issue", "issues", "evidence",
        // Why a person disputes or appeals, and why a decision about them was made.
        "grounds", "reason", "reasons", "rationale", "explanation", "circumstances", "brief",
    ];

    /// <summary>
    /// Parts of how a matter is run rather than records of one (<c>InterviewQuestion.Text</c>, <c>InterviewSlot.Notes</c>,
    /// <c>SafeguardingChecklist.Description</c>): the same for everyone.
    /// </summary>
    private static readonly HashSet<string> MatterProcessWords =
    [
        "question", "questions", "slot", "slots", "stage", "stages", "round", "rounds", "room", "rooms", "schedule", "schedules",
        "checklist", "checklists", "guide", "guidance", "training", "course", "courses", "panel", "panels", "step", "steps",
        // A design's mood board, a chat's voice channel, a crisis line: named after the matter, about no one.
        "board", "boards", "channel", "channels", "line", "lines", "hotline", "helpline", "center", "centre",
    ];

    /// <summary>Type names already judged: the kind of a personal matter's record, or null.</summary>
    private static readonly ConcurrentDictionary<string, string?> MatterRecordKinds = new(System.StringComparer.Ordinal);

    /// <summary>
    /// The guess for free text in a record of a personal matter (see the type's summary): a member whose last word names
    /// free text (<c>Notes</c>, <c>InterviewerComments</c>) and no word a record's machinery (<c>NotesTemplateId</c>).
    /// </summary>
    private static Match? PersonalMatterText(string name, ITypeSymbol? type, string? containerName)
    {
        if (containerName is null || MatterRecordKinds.GetOrAdd(containerName, MatterRecordKind) is not { } kind
            || type is null || Shape(type) is not Shapes.Text)
        {
            return null;
        }

        var words = Words(name);
        return words.Count > 0 && FreeTextWords.Contains(words[words.Count - 1]) && !words.Exists(RecordMachineryWords.Contains)
            ? new Match(kind, string.Concat(words), DiscoveryOnly: false, Sensitive: kind == "Health")
            : null;
    }

    /// <summary>
    /// What a named person wrote or said, by the member's own name (<c>ClaimantStatement</c>, <c>ApplicantComments</c>,
    /// <c>PatientNotes</c>): a person noun right before a word of free text, in any type.
    /// </summary>
    private static Match? PersonsOwnWords(string name, ITypeSymbol? type)
    {
        if (type is null || Shape(type) is not Shapes.Text)
        {
            return null;
        }

        var words = Words(name);
        return words.Count >= 2 && FreeTextWords.Contains(words[words.Count - 1]) && PersonNouns.Contains(words[words.Count - 2])
            && !words.Exists(RecordMachineryWords.Contains)
            ? new Match("Other", string.Concat(words), DiscoveryOnly: false, Sensitive: false)
            : null;
    }

    /// <summary>
    /// "Health" or "Other" for a record named after a personal matter, null otherwise, and for the matter's catalogue,
    /// settings or machinery (<c>InterviewTemplate</c>, <c>SafeguardingPolicyOptions</c>, <c>TherapyService</c>).
    /// </summary>
    private static string? MatterRecordKind(string typeName)
    {
        var typeWords = Words(typeName);
        if (typeWords.Exists(CareCatalogueWords.Contains) || typeWords.Exists(MatterProcessWords.Contains) || IsAnimalRecord(typeWords))
        {
            return null;
        }

        return typeWords.Exists(HealthMatterWords.Contains) ? "Health" : typeWords.Exists(PersonalMatterWords.Contains) ? "Other" : null;
    }
}
