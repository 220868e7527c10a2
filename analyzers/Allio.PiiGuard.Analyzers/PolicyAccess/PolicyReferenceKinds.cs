using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.PolicyAccess;

/// <summary>Classifies attribute classes by metadata name.</summary>
internal static class PolicyReferenceKinds
{
    public static PolicyReferenceKind Of(INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null)
        {
            return PolicyReferenceKind.None;
        }

        if (SymbolNames.IsOrDerivesFrom(attributeClass, WellKnownNames.PiiAttribute))
        {
            return PolicyReferenceKind.PiiMark;
        }

        if (SymbolNames.Is(attributeClass, WellKnownNames.ProcessingPurposeAttribute))
        {
            return PolicyReferenceKind.ProcessingPurpose;
        }

        if (SymbolNames.Is(attributeClass, WellKnownNames.PiiRecipientAttribute))
        {
            return PolicyReferenceKind.Recipient;
        }

        return SymbolNames.Is(attributeClass, WellKnownNames.PiiStoreAttribute) ? PolicyReferenceKind.Store : PolicyReferenceKind.None;
    }

    /// <summary>The policy section the attribute's constructor id refers to.</summary>
    public static PolicySection SectionOfId(PolicyReferenceKind kind) => kind switch
    {
        PolicyReferenceKind.ProcessingPurpose => PolicySection.Purposes,
        PolicyReferenceKind.Recipient => PolicySection.Recipients,
        _ => PolicySection.Stores,
    };
}
