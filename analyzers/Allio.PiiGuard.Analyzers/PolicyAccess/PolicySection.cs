namespace Allio.PiiGuard.Analyzers.PolicyAccess;

/// <summary>The id-bearing sections of the policy that code refers to.</summary>
internal enum PolicySection
{
    Purposes,
    Subjects,
    Recipients,
    Stores,
}
