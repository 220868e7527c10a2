using System.Collections.Generic;
using Allio.PiiGuard.Analyzers.Flow.Tables;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Analyzers.Rules.Transfers;

/// <summary>Who receives a transfer: a recipient the policy declares, a well-known SaaS vendor, or an unknown id.</summary>
/// <param name="Id">The recipient id (from <c>[PiiRecipient]</c>, the policy's hosts or the catalog).</param>
/// <param name="Declared">The policy's recipient with that id, or null when the policy does not declare it.</param>
/// <param name="Known">The catalog's vendor, when the target came from the catalog.</param>
internal sealed record TransferTarget(string Id, PolicyRecipient? Declared, KnownRecipient? Known)
{
    private static readonly IReadOnlyList<string> None = [];

    /// <summary>Where the data goes, or null for an undeclared id outside the catalog.</summary>
    public string? Country => Declared?.Country ?? Known?.Country;

    /// <summary>
    /// The recipient the border check judges: the declared one, or the catalog vendor as an undeclared recipient
    /// (no legal basis, no kinds, no purposes). Null when the country is unknown.
    /// </summary>
    public PolicyRecipient? AsRecipient => Declared
        ?? (Known is null ? null : new PolicyRecipient(Id, Known.Vendor, Known.Country, LegalBasis.Unknown, None, None, None));

    /// <summary>How messages name the target when it is a catalog vendor: <c> (Segment SDK)</c>.</summary>
    public string VendorNote => Declared is null && Known is not null ? " (" + Known.Vendor + " SDK)" : string.Empty;
}
