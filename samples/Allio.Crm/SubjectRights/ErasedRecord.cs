namespace Allio.Crm.SubjectRights;

/// <summary>What withdrawal erased in one record (§5.3): member names only, never values.</summary>
/// <param name="Members">The names its generated <c>ErasePersonalData()</c> returned.</param>
/// <param name="Entries">Entries nested in the record (an applicant's education and jobs), erased before it.</param>
public sealed record ErasedRecord(string Type, IReadOnlyList<string> Members, IReadOnlyList<ErasedRecord> Entries);
