using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard.Generators.Tests.Infrastructure;

/// <summary>A provider whose redactor replaces every character by '*', so the length shows but never the value.</summary>
internal sealed class StarRedactorProvider : IRedactorProvider
{
    public static readonly StarRedactorProvider Instance = new();

    public Redactor GetRedactor(DataClassificationSet classifications) => StarRedactor.Instance;

    private sealed class StarRedactor : Redactor
    {
        public static readonly StarRedactor Instance = new();

        public override int GetRedactedLength(ReadOnlySpan<char> input) => input.Length;

        public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
        {
            destination[..source.Length].Fill('*');
            return source.Length;
        }
    }
}
