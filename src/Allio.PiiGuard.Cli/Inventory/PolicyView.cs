using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>The parts of <c>piiguard.json</c> the record of processing needs, independent of how the file was read.</summary>
public sealed record PolicyView(
    string? Controller,
    string? Jurisdiction,
    string CrossBorderTransfers,
    ImmutableArray<string> AdequateCountries,
    ImmutableArray<PolicyEntry> Purposes,
    ImmutableArray<PolicyEntry> Subjects,
    ImmutableArray<PolicyRecipientView> Recipients,
    ImmutableArray<PolicyStoreView> Stores);

/// <summary>A purpose or data subject: id and title.</summary>
public sealed record PolicyEntry(string Id, string Title);

/// <summary>A declared recipient.</summary>
public sealed record PolicyRecipientView(
    string Id, string? Title, string Country, string LegalBasis, ImmutableArray<string> Kinds, ImmutableArray<string> Purposes);

/// <summary>A declared store.</summary>
public sealed record PolicyStoreView(string Id, string? Title, string Country);

/// <summary>Which policy file the record is built from, and how reading it went.</summary>
/// <param name="Path">Repository-relative path of the file, null when no project has one.</param>
/// <param name="Policy">The policy, null when missing or unreadable.</param>
/// <param name="Problems">What is wrong with the file (the same problems PII009 reports).</param>
public sealed record PolicySource(string? Path, PolicyView? Policy, ImmutableArray<string> Problems)
{
    /// <summary>No project of the scan has a policy file.</summary>
    public static readonly PolicySource None = new(null, null, []);
}
