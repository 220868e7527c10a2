namespace Allio.PiiGuard;

/// <summary>
/// On a method: its return value is no longer personal data (a hash, a mask, a token),
/// so the analyzers stop tracking the data that went into it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PiiSanitizerAttribute : Attribute
{
}
