namespace Allio.PiiGuard.Cli.Findings;

/// <summary>The <c>--fail-on</c> rule: which findings make the process exit with <c>FindingsFound</c>.</summary>
public static class FailThreshold
{
    /// <summary>The values <c>--fail-on</c> accepts.</summary>
    public static readonly string[] Names = ["error", "warning", "note", "none"];

    /// <summary>The policy-problem rule: a broken or missing <c>piiguard.json</c> makes every other answer unreliable.</summary>
    public const string PolicyProblemRuleId = "PII009";

    /// <summary>True when a finding reaches the threshold named by <paramref name="failOn"/>.</summary>
    public static bool Fails(Finding finding, string failOn)
    {
        if (failOn == "none")
        {
            return false;
        }

        // PII009 counts as an error whatever its configured severity: the other rules read the policy it reports on.
        var level = finding.RuleId == PolicyProblemRuleId ? FindingLevel.Error : finding.Level;
        return level >= Parse(failOn);
    }

    private static FindingLevel Parse(string failOn) => failOn switch
    {
        "warning" => FindingLevel.Warning,
        "note" => FindingLevel.Note,
        _ => FindingLevel.Error,
    };
}
