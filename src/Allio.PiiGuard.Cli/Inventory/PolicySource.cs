using System.Collections.Immutable;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>Which policy file the record is built from, and how reading it went.</summary>
/// <param name="Path">Repository-relative path of the file, null when no project has one.</param>
/// <param name="Problems">What is wrong with the file (the same problems PII009 reports), in the compiler's format.</param>
public sealed record PolicySource(string? Path, ImmutableArray<string> Problems)
{
    /// <summary>No project of the scan has a policy file.</summary>
    public static readonly PolicySource None = new(null, []);

    /// <summary>The policy as the analyzers' loader read it (its look-ups answer for the record too); null when missing or unreadable.</summary>
    internal PiiPolicy? Policy { get; init; }

    /// <summary>True when the file was read into a policy (it may still have problems).</summary>
    public bool IsLoaded => Policy is not null;

    /// <summary>True when the record cannot be trusted: no file while the code marks personal data, or a file with problems.</summary>
    public bool IsBroken(bool codeHoldsPersonalData) => !Problems.IsEmpty || (Path is null && codeHoldsPersonalData);
}
