using System.Globalization;
using System.Text.RegularExpressions;

namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>
/// An ISO-8601 duration written as a mark's <c>Retention</c> (<c>P3Y</c>, <c>P6M</c>, <c>P1Y6M</c>, <c>P30D</c>, <c>PT12H</c>),
/// counted in calendar units: three years from 29 February end on 28 February.
/// </summary>
internal sealed partial record PiiRetentionPeriod(int Years, int Months, int Days, TimeSpan Time)
{
    /// <summary>The period, or null for a policy word (<c>until-consent-withdrawn</c>, <c>until-purpose-achieved</c>) or no retention.</summary>
    public static PiiRetentionPeriod? Parse(string? retention)
    {
        if (retention is null || Pattern().Match(retention.Trim()) is not { Success: true } match || retention.Trim() is "P" or "PT")
        {
            return null;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        return new PiiRetentionPeriod(
            Part("y"), Part("mo"), (Part("w") * 7) + Part("d"),
            new TimeSpan(Part("h"), Part("mi"), Part("s")));
    }

    /// <summary>The earliest moment a row stamped <em>before</em> it has outlived the period at <paramref name="now"/>.</summary>
    public DateTimeOffset CutoffAt(DateTimeOffset now) => now.AddYears(-Years).AddMonths(-Months).AddDays(-Days) - Time;

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
