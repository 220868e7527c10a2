using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Logging;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>What in-memory compilations reference: .NET 10 reference assemblies, the PiiGuard vocabulary and logging.</summary>
public static class CompilationReferences
{
    public static ImmutableArray<MetadataReference> All { get; } =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(PiiAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(DataClassificationAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location),
    ];
}
