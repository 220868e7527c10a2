namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>
/// A line-of-business application of <c>domains</c> business domains, four files each: a model with personal
/// data, a service that logs it, a controller-like API that serializes it and an HTTP client that sends it.
/// Deterministic: the same count gives the same text.
/// </summary>
public static class RealisticSourceSet
{
    public static IEnumerable<GeneratedFile> Files(int domains)
    {
        for (var index = 0; index < domains; index++)
        {
            foreach (var file in Domain(index))
            {
                yield return file;
            }
        }
    }

    /// <summary>The four files of domain <paramref name="index"/>: model, service, API and client.</summary>
    public static IReadOnlyList<GeneratedFile> Domain(int index) =>
    [
        ModelFileWriter.Write(index),
        ServiceFileWriter.Write(index),
        ApiFileWriter.Write(index),
        ClientFileWriter.Write(index),
    ];
}
