namespace Allio.PiiGuard.Robustness.Tests.Harness;

/// <summary>One crash: which component threw, on which document and policy, and the exception.</summary>
public sealed record CrashReport(string Component, string DocumentName, string? Policy, string Exception, string Source)
{
    public override string ToString() =>
        $"{Component} on {DocumentName} (policy: {(Policy is null ? "missing" : Policy.Length > 80 ? Policy[..80] + "…" : Policy)}):\n{Exception}\n--- source ---\n{Source}";
}
