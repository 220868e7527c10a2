using Allio.PiiGuard.LargeSolution.SourceSet;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>The large application as the in-process measurements compile it: parsed once, compiled as often as needed.</summary>
public static class LargeAppCompilation
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static SyntaxTree[] Parse(int domains) =>
        [.. RealisticSourceSet.Files(domains).Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, path: "/LargeApp/" + file.RelativePath))];

    public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(
        "LargeApp",
        trees,
        CompilationReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
