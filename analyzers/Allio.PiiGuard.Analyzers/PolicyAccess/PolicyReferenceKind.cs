namespace Allio.PiiGuard.Analyzers.PolicyAccess;

/// <summary>Which PiiGuard attribute, if any, an attribute class is among those that refer to policy ids.</summary>
internal enum PolicyReferenceKind
{
    None,
    /// <summary><c>[Pii]</c>, <c>[SensitivePii]</c>, <c>[BiometricPii]</c> or a class deriving from them (purposes and subjects).</summary>
    PiiMark,
    /// <summary><c>[ProcessingPurpose("id")]</c>.</summary>
    ProcessingPurpose,
    /// <summary><c>[PiiRecipient("id")]</c>.</summary>
    Recipient,
    /// <summary><c>[PiiStore("id")]</c>.</summary>
    Store,
}
