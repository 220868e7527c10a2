using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.Robustness.Tests.Corpus;

/// <summary>
/// The newest released language version (collection expressions, raw strings, partial properties). Not preview: the
/// corpus holds code on which the compiler's own unfinished preview features throw, which is no analyzer's crash.
/// </summary>
internal static class CorpusParseOptions
{
    public static CSharpParseOptions Value { get; } = new(LanguageVersion.Latest);
}
