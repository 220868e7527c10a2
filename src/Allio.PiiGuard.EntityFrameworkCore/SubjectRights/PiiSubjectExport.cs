namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>Everything a database holds about one subject (§5.4 of the seed policy, 152-FZ art. 14), grouped by entity.</summary>
/// <param name="Entities">One group per entity that holds rows of the subject; entities without rows are left out.</param>
public sealed record PiiSubjectExport(IReadOnlyList<PiiEntityExport> Entities)
{
    /// <summary>How many rows were found, across entities.</summary>
    public int RecordCount => Entities.Sum(entity => entity.Records.Count);
}

/// <summary>The subject's rows of one entity.</summary>
/// <param name="Entity">The entity's name (its CLR type name).</param>
/// <param name="Table">The table it is stored in, or null when it is not mapped to one.</param>
/// <param name="Records">One per row, in the order the database returned them.</param>
public sealed record PiiEntityExport(string Entity, string? Table, IReadOnlyList<PiiRecordExport> Records);

/// <summary>One row: its personal members in the order the generated descriptor lists them.</summary>
public sealed record PiiRecordExport(IReadOnlyList<PiiMemberExport> Members);

/// <summary>One personal member as disclosed to its subject: the value in clear, with what it is, why it is held and for how long.</summary>
public sealed record PiiMemberExport(string Name, PiiKind Kind, IReadOnlyList<string> Purposes, string? Retention, object? Value);
