using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>
/// The record of processing built from code and policy: per data subject what is held and why, where it goes,
/// and the two regulatory documents it drafts (152-FZ notification, GDPR Art. 30 record).
/// </summary>
public sealed record ProcessingRecord(
    PolicySource Policy,
    ImmutableArray<SubjectRecord> Subjects,
    ImmutableArray<DataFlow> Flows,
    ImmutableArray<DataHolder> Holders,
    ImmutableArray<RuleGuard> Guards,
    ImmutableArray<RecordField> Notification152Fz,
    ImmutableArray<RecordField> GdprArticle30)
{
    /// <summary>Retention per data kind over every member that holds it; two periods for one kind are a conflict.</summary>
    public ImmutableArray<RetentionRecord> Retention { get; init; } = [];

    /// <summary>The 152-FZ notification draft in Russian, the language it is filed in (<see cref="Notification152Fz"/> is its English reading).</summary>
    public ImmutableArray<RecordField> Notification152FzRussian { get; init; } = [];

    /// <summary>Per store id, the tables its database context maps and their personal columns.</summary>
    public ImmutableArray<StoreRecord> Stores { get; init; } = [];
}

/// <summary>A store seen in code with its tables, and where the policy puts it.</summary>
/// <param name="Country">ISO country code, "?" when the policy does not declare the store.</param>
public sealed record StoreRecord(string Id, string Title, string Country, bool IsForeign, bool IsDeclared, ImmutableArray<StoreTable> Tables);

/// <summary>How long one kind of personal data is kept, as the marks on its holders state it.</summary>
/// <param name="Kind">The data kind.</param>
/// <param name="Periods">Distinct retentions as written (ISO 8601 durations), sorted; empty when no holder states one.</param>
/// <param name="Holders">The members holding the kind, each with its retention (<c>Type.Member: P3Y</c>).</param>
public sealed record RetentionRecord(string Kind, ImmutableArray<string> Periods, ImmutableArray<string> Holders)
{
    /// <summary>True when holders of one kind disagree on how long to keep it: erasure would follow whichever runs first.</summary>
    public bool IsConflict => Periods.Length > 1;
}

/// <summary>Everything held about one category of data subjects.</summary>
public sealed record SubjectRecord(
    string Id,
    string Title,
    bool IsDeclared,
    ImmutableArray<KindRecord> Kinds,
    ImmutableArray<PolicyEntry> Purposes,
    ImmutableArray<string> Retention,
    ImmutableArray<Destination> Recipients,
    ImmutableArray<Destination> Stores);

/// <summary>A purpose or data subject as the record names it: id and title.</summary>
public sealed record PolicyEntry(string Id, string Title);

/// <summary>A kind of personal data and the members that hold it.</summary>
public sealed record KindRecord(string Kind, string Category, ImmutableArray<string> Holders);

/// <summary>A recipient or store as seen from one subject: which of the subject's kinds reach it.</summary>
public sealed record Destination(string Id, string Title, string Country, bool IsForeign, string? LegalBasis, ImmutableArray<string> Kinds);

/// <summary>One kind of personal data reaching one recipient or store.</summary>
/// <param name="Kind">The data kind.</param>
/// <param name="Target">"recipient" or "store".</param>
/// <param name="TargetId">The policy id.</param>
/// <param name="Country">ISO country code, "?" when the policy does not declare the target.</param>
/// <param name="IsForeign">True when the country is not the policy's jurisdiction: a cross-border transfer or foreign storage.</param>
/// <param name="IsDeclared">True when the policy declares the target (and, for a recipient, this kind).</param>
/// <param name="Locations">Code that sends or stores it; empty when only the policy says so.</param>
public sealed record DataFlow(
    string Kind, string Target, string TargetId, string Country, bool IsForeign, bool IsDeclared, ImmutableArray<string> Locations);

/// <summary>A topic of the record and the rules that enforce it at compile time.</summary>
/// <param name="Topic">What is guarded.</param>
/// <param name="Rules">Rule id and title; the title is null when this build's analyzers do not have the rule.</param>
public sealed record RuleGuard(string Topic, ImmutableArray<(string Id, string? Title)> Rules);

/// <summary>One field of a regulatory document: its heading and its lines.</summary>
public sealed record RecordField(string Title, ImmutableArray<string> Values);
