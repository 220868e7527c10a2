namespace Allio.PiiGuard.Analyzers;

/// <summary>Diagnostic categories, so teams can tune whole groups in <c>.editorconfig</c>.</summary>
internal static class RuleCategories
{
    /// <summary>Personal data leaving through logs, exceptions, strings, HTTP or telemetry.</summary>
    public const string Exposure = "PiiGuard.Exposure";

    /// <summary>Transfers, purposes and storage checked against <c>piiguard.json</c>.</summary>
    public const string Policy = "PiiGuard.Policy";

    /// <summary>How personal data is declared in code.</summary>
    public const string Declaration = "PiiGuard.Declaration";
}
