using System.Collections.Immutable;

namespace Allio.PiiGuard.Robustness.Tests.Corpus;

/// <summary>
/// One source of the corpus: the text that is analyzed and mutated, and the unchanged sources it is compiled
/// with (the shared test model of a snippet, the other files of a generated domain).
/// </summary>
public sealed record CorpusDocument(string Name, string Text, ImmutableArray<string> Companions)
{
    public CorpusDocument WithText(string name, string text) => this with { Name = name, Text = text };
}
