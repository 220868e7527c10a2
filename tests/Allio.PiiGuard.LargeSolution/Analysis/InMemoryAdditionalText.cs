using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.LargeSolution.Analysis;

/// <summary>An additional file (the policy) handed to analyzers and generators without touching the disk.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText content = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => content;
}
