namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>The median of a sample: robust to the spikes of a shared, loaded machine.</summary>
public static class Median
{
    /// <summary>The median; not a number for an empty sample (<c>--runs 0</c>: only the warm-up ran, to dump its findings).</summary>
    public static double Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1
            ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
