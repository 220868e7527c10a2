using Allio.PiiGuard.Analyzers.PolicyAccess;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Analyzers.Rules.Transfers;

/// <summary>The border check of a transfer, shared by PII003 (which reports it) and PII004 (which defers to it).</summary>
internal static class BorderRule
{
    /// <summary>
    /// Why the policy forbids sending data to <paramref name="target"/> across the border, in the policy's own words,
    /// or null when the transfer is domestic, allowed, or its country is unknown.
    /// </summary>
    public static string? Violation(PolicyContext policy, TransferTarget target)
    {
        if (target.AsRecipient is not { } recipient || policy.Policy is not { } rules || policy.IsTransferAllowed(recipient))
        {
            return null;
        }

        if (rules.CrossBorderTransfers == CrossBorderTransferMode.Forbidden)
        {
            return "forbids cross-border transfers (crossBorderTransfers: forbidden; jurisdiction " + rules.Jurisdiction + ")";
        }

        var basis = target.Declared is null ? "none, the recipient is not declared" : PolicyWords.Of(recipient.LegalBasis);
        return "allows cross-border transfers only to adequate countries or on consent (crossBorderTransfers: declared; jurisdiction "
            + rules.Jurisdiction + "; " + recipient.Country + " is not in adequateCountries; legalBasis: " + basis + ")";
    }
}
