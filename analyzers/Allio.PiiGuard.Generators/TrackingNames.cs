namespace Allio.PiiGuard.Generators;

/// <summary>Names of the pipeline steps, so tests can check each one is cached after an unrelated edit.</summary>
internal static class TrackingNames
{
    public const string PiiMarks = nameof(PiiMarks);
    public const string SensitivePiiMarks = nameof(SensitivePiiMarks);
    public const string BiometricPiiMarks = nameof(BiometricPiiMarks);
    public const string Types = nameof(Types);
    public const string RegisteredTypes = nameof(RegisteredTypes);
    public const string Context = nameof(Context);
    public const string Registry = nameof(Registry);
}
