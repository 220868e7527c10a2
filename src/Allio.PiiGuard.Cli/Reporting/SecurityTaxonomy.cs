using System.Collections.Frozen;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>
/// How code scanning ranks each rule: a CVSS-like <c>security-severity</c> (GitHub shows ≥ 7 as high, ≥ 4 as
/// medium) and the CWE that names the weakness, where one fits. Rules about declarations and the policy file
/// have no CWE: they guard the record, not a disclosure.
/// </summary>
public static class SecurityTaxonomy
{
    /// <summary>What is known about one rule.</summary>
    public sealed record Entry(string SecuritySeverity, string? Cwe);

    private static readonly FrozenDictionary<string, Entry> Rules = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        // CWE-532: insertion of sensitive information into a log file.
        ["PII001"] = new("7.5", "532"),
        // CWE-359: exposure of private personal information to an unauthorized actor.
        ["PII002"] = new("6.5", "359"),
        ["PII003"] = new("7.5", "359"),
        ["PII004"] = new("6.5", "359"),
        ["PII005"] = new("5.0", "359"),
        ["PII006"] = new("3.0", null),
        // CWE-209: an error message that contains sensitive information.
        ["PII007"] = new("6.5", "209"),
        ["PII008"] = new("5.5", "359"),
        ["PII009"] = new("5.0", null),
        ["PII010"] = new("3.0", null),
        ["PII011"] = new("6.5", "359"),
        // CWE-201: insertion of sensitive information into sent data (HTTP responses, telemetry exporters).
        ["PII012"] = new("7.0", "201"),
        ["PII013"] = new("6.5", "201"),
        ["PII014"] = new("2.0", null),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The rule's entry; a rule the table does not know is ranked medium, without a CWE.</summary>
    public static Entry For(string ruleId) => Rules.GetValueOrDefault(ruleId) ?? new Entry("5.0", null);

    /// <summary>Code-scanning tags: <c>security</c>, <c>privacy</c>, the category and <c>external/cwe/cwe-N</c>.</summary>
    public static IEnumerable<string> Tags(string ruleId, string category)
    {
        yield return "security";
        yield return "privacy";
        yield return category;
        if (For(ruleId).Cwe is { } cwe)
        {
            yield return $"external/cwe/cwe-{cwe}";
        }
    }
}
