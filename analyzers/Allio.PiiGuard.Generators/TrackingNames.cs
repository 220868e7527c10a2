namespace Allio.PiiGuard.Generators;

/// <summary>Names of the pipeline steps, so tests can check each one is cached after an unrelated edit.</summary>
internal static class TrackingNames
{
    public const string PiiMarks = nameof(PiiMarks);
    public const string SensitivePiiMarks = nameof(SensitivePiiMarks);
    public const string BiometricPiiMarks = nameof(BiometricPiiMarks);
    public const string IdentityMarks = nameof(IdentityMarks);
    public const string ProtectedIdentityMarks = nameof(ProtectedIdentityMarks);
    public const string PropertyTargetedMarks = nameof(PropertyTargetedMarks);
    public const string PartialDeclarations = nameof(PartialDeclarations);
    public const string ContainerCandidates = nameof(ContainerCandidates);
    public const string Containers = nameof(Containers);
    public const string Types = nameof(Types);
    public const string RegisteredTypes = nameof(RegisteredTypes);
    public const string Context = nameof(Context);
    public const string Registry = nameof(Registry);
}
