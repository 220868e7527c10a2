using System;
using System.Collections.Generic;

namespace Allio.PiiGuard.Policy;

/// <summary>The officially assigned ISO 3166-1 alpha-2 country codes (249 of them).</summary>
internal static class CountryCodes
{
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ " +
        "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ " +
        "DE DJ DK DM DO DZ " +
        "EC EE EG EH ER ES ET " +
        "FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY " +
        "HK HM HN HR HT HU " +
        "ID IE IL IM IN IO IQ IR IS IT " +
        "JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ " +
        "LA LB LC LI LK LR LS LT LU LV LY " +
        "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
        "NA NC NE NF NG NI NL NO NP NR NU NZ " +
        "OM " +
        "PA PE PF PG PH PK PL PM PN PR PS PT PW PY " +
        "QA " +
        "RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ " +
        "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
        "UA UG UM US UY UZ " +
        "VA VC VE VG VI VN VU " +
        "WF WS " +
        "YE YT " +
        "ZA ZM ZW";

    /// <summary>Codes people write that ISO reserves for another use, with the assigned code they mean.</summary>
    private static readonly Dictionary<string, string> CommonMistakes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UK"] = "GB",
        ["EL"] = "GR",
        ["SU"] = "RU",
    };

    public static readonly HashSet<string> All = new(Assigned.Split(' '), StringComparer.Ordinal);

    /// <summary>True when <paramref name="code"/> is an assigned code, written in capitals as ISO writes it.</summary>
    public static bool IsAssigned(string code) => All.Contains(code);

    /// <summary>The assigned code the author probably meant, or null.</summary>
    public static string? Suggest(string code)
    {
        if (CommonMistakes.TryGetValue(code, out var meant))
        {
            return meant;
        }

        var upper = code.ToUpperInvariant();
        return All.Contains(upper) ? upper : null;
    }
}
