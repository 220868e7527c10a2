using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard.Tests.Redaction;

/// <summary>
/// What Microsoft's callers rely on: <see cref="Redactor.GetRedactedLength(ReadOnlySpan{char})"/> is exact (the base
/// <c>Redact(string)</c> sizes a <c>string.Create</c> by it), a short destination throws, a long one is left untouched past the end.
/// </summary>
internal static class RedactorContract
{
    public static string AssertHolds(Redactor redactor, string input)
    {
        var length = redactor.GetRedactedLength(input.AsSpan());
        var redacted = redactor.Redact(input);
        Assert.Equal(length, redacted.Length);
        Assert.DoesNotContain('\0', redacted);

        var exact = new char[length];
        Assert.Equal(length, redactor.Redact(input.AsSpan(), exact));
        Assert.Equal(redacted, new string(exact));

        var roomy = Enumerable.Repeat('#', length + 8).ToArray();
        Assert.Equal(length, redactor.Redact(input.AsSpan(), roomy));
        Assert.Equal(redacted + new string('#', 8), new string(roomy));

        if (length > 0)
        {
            Assert.Throws<ArgumentException>(() => redactor.Redact(input.AsSpan(), new char[length - 1]));
        }

        return redacted;
    }
}
