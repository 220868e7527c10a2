namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>What an erasure or a retention purge did, entity by entity: names and counts, never values.</summary>
public sealed record PiiErasureReport(IReadOnlyList<PiiEntityErasure> Entities)
{
    /// <summary>Rows deleted or anonymised, across entities.</summary>
    public int RecordCount => Entities.Sum(entity => entity.Deleted + entity.Erased);
}

/// <summary>What was done to one entity's rows.</summary>
/// <param name="Entity">The entity's name.</param>
/// <param name="Deleted">Rows deleted.</param>
/// <param name="Erased">Rows kept with their personal members overwritten.</param>
/// <param name="Members">The personal members destroyed or overwritten.</param>
public sealed record PiiEntityErasure(string Entity, int Deleted, int Erased, IReadOnlyList<string> Members);
