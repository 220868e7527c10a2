using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.Robustness.Tests.Corpus;

/// <summary>The newest language version: the corpus uses collection expressions, raw strings and partial properties.</summary>
internal static class CorpusParseOptions
{
    public static CSharpParseOptions Value { get; } = new(LanguageVersion.Preview);
}
