using System.Collections.Immutable;
using System.Text.Json;
using Allio.PiiGuard.Cli.Findings;

namespace Allio.PiiGuard.Cli.Reporting;

/// <summary>
/// The findings of an earlier SARIF report, keyed by rule and fingerprint (file + line text), so a new scan
/// shows only what is new even when code moved. Counts matter: two identical lines in a file are two findings.
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<(string RuleId, string Fingerprint), int> known;

    private Baseline(Dictionary<(string RuleId, string Fingerprint), int> known) => this.known = known;

    /// <summary>Reads a SARIF file written by <c>piiguard scan --format sarif</c>.</summary>
    /// <exception cref="BaselineException">The file is missing or is not such a SARIF log.</exception>
    public static Baseline Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new BaselineException($"Baseline '{path}' does not exist.");
        }

        var text = File.ReadAllText(path);
        if (!new SarifReportWriter().IsOwnReport(text))
        {
            // The compiler's ErrorLog and other tools' SARIF have no PiiGuard fingerprints: accepting one would match nothing.
            throw new BaselineException(
                $"Baseline '{path}' is not a SARIF report of 'piiguard scan' (its tool is not {ToolInfo.Name}); write one with 'piiguard scan --format sarif'.");
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var known = new Dictionary<(string, string), int>();
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results))
                {
                    continue;
                }

                foreach (var result in results.EnumerateArray())
                {
                    // A suppressed result is not a finding the team accepted: it must not hide a new one.
                    if (result.TryGetProperty("suppressions", out _))
                    {
                        continue;
                    }

                    if (result.TryGetProperty("ruleId", out var ruleId)
                        && result.TryGetProperty("partialFingerprints", out var fingerprints)
                        && fingerprints.TryGetProperty(FindingFingerprint.SarifKey, out var fingerprint))
                    {
                        var key = (ruleId.GetString() ?? "", fingerprint.GetString() ?? "");
                        known[key] = known.GetValueOrDefault(key) + 1;
                    }
                }
            }

            return new Baseline(known);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BaselineException($"Baseline '{path}' is not a PiiGuard SARIF log: {exception.Message}");
        }
    }

    /// <summary>Splits findings into those the baseline does not know and the number it already had.</summary>
    public (ImmutableArray<Finding> New, int Matched) Filter(ImmutableArray<Finding> findings)
    {
        var remaining = new Dictionary<(string, string), int>(known);
        var fresh = ImmutableArray.CreateBuilder<Finding>();
        foreach (var finding in findings)
        {
            var key = (finding.RuleId, finding.Fingerprint);
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
            }
            else
            {
                fresh.Add(finding);
            }
        }

        return (fresh.ToImmutable(), findings.Length - fresh.Count);
    }
}

/// <summary>The baseline file cannot be used; the message says why.</summary>
public sealed class BaselineException(string message) : Exception(message);
