namespace Allio.PiiGuard.Cli.Findings;

/// <summary>Severity of a finding as reported (after <c>.editorconfig</c> and warnings-as-errors); ordered, so thresholds compare.</summary>
public enum FindingLevel
{
    /// <summary>Compiler severity <c>Info</c>; SARIF <c>note</c>.</summary>
    Note = 1,

    /// <summary>Compiler severity <c>Warning</c>.</summary>
    Warning = 2,

    /// <summary>Compiler severity <c>Error</c>.</summary>
    Error = 3,
}

/// <summary>Names of the levels as the reports and options spell them.</summary>
public static class FindingLevelNames
{
    /// <summary>SARIF's word for the level, also used by the JSON report and <c>--fail-on</c>.</summary>
    public static string ToName(this FindingLevel level) => level switch
    {
        FindingLevel.Error => "error",
        FindingLevel.Warning => "warning",
        _ => "note",
    };
}
