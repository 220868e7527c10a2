using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Allio.PiiGuard.Analyzers.Tests.Infrastructure;
using Allio.PiiGuard.Analyzers.Tests.Rules;
using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Allio.PiiGuard.Analyzers.Tests;

/// <summary>
/// No rule throws on code being typed: every test source of this project, cut after every tenth token,
/// is analyzed by every analyzer of the assembly, and no analyzer exception (AD0001) may occur.
/// </summary>
public sealed partial class IncompleteCodeTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    [Fact]
    public async Task No_analyzer_throws_on_truncated_test_sources()
    {
        var sources = TestSources();
        Assert.NotEmpty(sources);

        var failures = new ConcurrentBag<string>();
        var baseCompilation = CSharpCompilation.Create(
            "Truncated",
            references: TestReferences.All,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var truncations = sources.SelectMany(Truncations).ToList();
        Assert.True(truncations.Count > 100, $"only {truncations.Count} truncated sources: is the corpus found?");

        await Parallel.ForEachAsync(truncations, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (text, cancellationToken) =>
        {
            var compilation = baseCompilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(text, ParseOptions, cancellationToken: cancellationToken));
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name}: {exception.GetType().Name} {exception.Message}\n--- source ---\n{text}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: true);
            var diagnostics = await compilation.WithAnalyzers(AnalyzerCatalog.All, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
            foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
            {
                failures.Add(diagnostic + "\n--- source ---\n" + text);
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} analyzer exceptions over {truncations.Count} truncated sources:\n" + string.Join("\n\n", failures.Take(3)));
    }

    /// <summary>The raw-string test sources of this project's test files, markup removed, with the shared model appended.</summary>
    private static List<string> TestSources()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Allio.PiiGuard.Analyzers.Tests");
        var sources = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*Tests.cs", SearchOption.AllDirectories))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions).GetRoot();
            foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>())
            {
                if (literal.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                {
                    sources.Add(Markup().Replace(literal.Token.ValueText, string.Empty) + TestModel.Source);
                }
            }
        }

        return sources;
    }

    /// <summary>The source cut before every tenth token.</summary>
    private static IEnumerable<string> Truncations(string source)
    {
        var tokens = CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot().DescendantTokens().ToList();
        for (var i = 10; i < tokens.Count; i += 10)
        {
            yield return source[..tokens[i].SpanStart];
        }
    }

    /// <summary>Diagnostic markup of the testing library: <c>{|PII001:</c>, <c>{|#0:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>.</summary>
    [GeneratedRegex(@"\{\|[^:|]*:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();
}
