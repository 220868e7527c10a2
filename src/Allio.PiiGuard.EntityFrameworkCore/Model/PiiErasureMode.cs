namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>What erasure (withdrawal of consent, expired retention) does to a row of an entity.</summary>
public enum PiiErasureMode
{
    /// <summary>Deletes the row: the record is destroyed (152-FZ art. 21 part 5). The default.</summary>
    Delete,

    /// <summary>Keeps the row and overwrites its personal columns (anonymisation), e.g. for rows other records or the books still need.</summary>
    Erase,
}
