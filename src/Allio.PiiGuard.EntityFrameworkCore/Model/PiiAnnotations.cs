namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>The EF Core model annotations PiiGuard reads; one name per setting.</summary>
internal static class PiiAnnotations
{
    /// <summary>Name of the property that holds the subject key.</summary>
    public const string SubjectKey = "Allio.PiiGuard:SubjectKey";

    /// <summary>The <see cref="PiiErasureMode"/> of withdrawal.</summary>
    public const string Erasure = "Allio.PiiGuard:Erasure";

    /// <summary>Name of the timestamp property retention is counted from.</summary>
    public const string RetentionFrom = "Allio.PiiGuard:RetentionFrom";

    /// <summary>The <see cref="PiiErasureMode"/> of an expired row.</summary>
    public const string Expiry = "Allio.PiiGuard:Expiry";
}
