using System.Collections.Generic;

namespace Allio.PiiGuard.Policy;

/// <summary>
/// The words <c>piiguard.json</c> uses for its enumerations, in one list each: the loader reads them, and
/// diagnostics and reports write them back, so a word is spelled the same everywhere.
/// </summary>
internal static class PolicyWords
{
    /// <summary><c>crossBorderTransfers</c> values.</summary>
    public static readonly KeyValuePair<string, CrossBorderTransferMode>[] Transfers =
    {
        new("forbidden", CrossBorderTransferMode.Forbidden),
        new("declared", CrossBorderTransferMode.Declared),
    };

    /// <summary><c>legalBasis</c> values.</summary>
    public static readonly KeyValuePair<string, LegalBasis>[] LegalBases =
    {
        new("consent", LegalBasis.Consent),
        new("law", LegalBasis.Law),
        new("contract", LegalBasis.Contract),
        new("legitimate-interest", LegalBasis.LegitimateInterest),
    };

    /// <summary>The word for a legal basis; <c>unknown</c> when none was stated.</summary>
    public static string Of(LegalBasis basis) => WordOf(LegalBases, basis, "unknown");

    /// <summary>The word for a transfer mode.</summary>
    public static string Of(CrossBorderTransferMode mode) => WordOf(Transfers, mode, "forbidden");

    private static string WordOf<T>(KeyValuePair<string, T>[] words, T value, string fallback)
    {
        foreach (var word in words)
        {
            if (EqualityComparer<T>.Default.Equals(word.Value, value))
            {
                return word.Key;
            }
        }

        return fallback;
    }
}
