namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>The median of a sample: robust to the spikes of a shared, loaded machine.</summary>
public static class Median
{
    public static double Of(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1
            ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
