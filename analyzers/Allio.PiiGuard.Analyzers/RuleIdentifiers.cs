namespace Allio.PiiGuard.Analyzers;

/// <summary>The fixed rule ids and where their documentation lives.</summary>
internal static class RuleIdentifiers
{
    public const string LoggedPii = "PII001";
    public const string SerializedPii = "PII002";
    public const string ForbiddenCrossBorderTransfer = "PII003";
    public const string UndeclaredRecipient = "PII004";
    public const string PurposeMismatch = "PII005";
    public const string UnmarkedPii = "PII006";
    public const string PiiInException = "PII007";
    public const string PiiInToString = "PII008";
    public const string PolicyProblem = "PII009";
    public const string MissingPurpose = "PII010";
    public const string StoreOutsideJurisdiction = "PII011";
    public const string PiiOnHttpSurface = "PII012";
    public const string PiiInTelemetry = "PII013";
    public const string NotPartial = "PII014";

    private const string HelpLinkBase = "https://github.com/allio-llc/Allio.PiiGuard/blob/main/docs/rules/";

    /// <summary>The documentation page of a rule: <c>docs/rules/PIIxxx.md</c> of the repository.</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
