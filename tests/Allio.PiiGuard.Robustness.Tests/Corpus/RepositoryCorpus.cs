using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Tests.Infrastructure;
using Allio.PiiGuard.LargeSolution.SourceSet;

namespace Allio.PiiGuard.Robustness.Tests.Corpus;

/// <summary>
/// The unmutated corpus: every C# file under <c>tests/</c>, the C# embedded in their string literals (compiled
/// with the analyzer tests' shared model), the sample <c>samples/Allio.Crm</c>, and generated domains of the
/// large-solution source set (each service compiled with its model, API and client).
/// </summary>
public static class RepositoryCorpus
{
    private const int GeneratedDomains = 8;

    public static ImmutableArray<CorpusDocument> Load()
    {
        var testFiles = CSharpFiles("tests");
        var sharedTestModel = testFiles
            .Where(path => path.EndsWith(Path.Combine("Allio.PiiGuard.Analyzers.Tests", "Rules", "TestModel.cs"), StringComparison.Ordinal))
            .SelectMany(path => EmbeddedSnippets.Of(File.ReadAllText(path)))
            .ToImmutableArray();
        var documents = ImmutableArray.CreateBuilder<CorpusDocument>();
        foreach (var path in testFiles)
        {
            var text = File.ReadAllText(path);
            documents.Add(new CorpusDocument(Relative(path), text, []));
            var index = 0;
            foreach (var snippet in EmbeddedSnippets.Of(text))
            {
                documents.Add(new CorpusDocument($"{Relative(path)}#snippet{index++}", snippet, sharedTestModel));
            }
        }

        foreach (var path in CSharpFiles(Path.Combine("samples", "Allio.Crm")))
        {
            documents.Add(new CorpusDocument(Relative(path), File.ReadAllText(path), []));
        }

        for (var domain = 0; domain < GeneratedDomains; domain++)
        {
            var files = RealisticSourceSet.Domain(domain);
            documents.Add(new CorpusDocument($"generated/{files[1].RelativePath}", files[1].Text, [files[0].Text, files[2].Text, files[3].Text]));
        }

        return documents.ToImmutable();
    }

    private static List<string> CSharpFiles(string folder)
    {
        var separator = Path.DirectorySeparatorChar;
        return [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !path.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');
}
