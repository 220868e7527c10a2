using System.Collections.Immutable;
using Allio.PiiGuard;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Logging;

namespace Allio.PiiGuard.Analyzers.Tests.Verifiers;

/// <summary>
/// What test sources compile against: the .NET 10 reference assemblies shipped in a package
/// (no download at test time), the PiiGuard vocabulary and the libraries whose sinks the rules know.
/// </summary>
internal static class TestReferences
{
    /// <summary>No reference-assembly package: <see cref="All"/> supplies the framework instead.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> All { get; } =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(PiiAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(DataClassificationAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location),
    ];

    /// <summary>
    /// A library of one file compiled and emitted to metadata, as a package's assembly is seen: its symbols have no
    /// source, so the rules read them as a library's.
    /// </summary>
    public static MetadataReference Library(string source, string name)
    {
        using var image = new MemoryStream();
        var emitted = Compile(All, source, name).Emit(image);
        Xunit.Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>A library compilation of one file, in the preview language with nullable annotations on.</summary>
    public static CSharpCompilation Compile(IEnumerable<MetadataReference> references, string source, string name = "App") =>
        CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
