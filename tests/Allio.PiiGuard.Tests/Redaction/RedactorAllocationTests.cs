using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard.Tests.Redaction;

/// <summary>Redacting span to span allocates nothing: logging redacts on every call.</summary>
public sealed class RedactorAllocationTests
{
    private static readonly string Key = Convert.ToBase64String(new byte[32]);

    public static TheoryData<string, string> Cases => new()
    {
        { "email", "anna.petrova@example.com:contact" },
        { "phone", "+7 921 555 12 37:contact" },
        { "shape", "anna.petrova@example.com:contact" },
        { "shape", "Anna Petrova:contact" },
        { "hmac", "Anna Petrova:contact" },
        { "hmac", new string('я', 2_000) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Redacting_into_a_buffer_allocates_nothing(string redactorName, string input)
    {
        var redactor = Create(redactorName);
        var buffer = new char[redactor.GetRedactedLength(input.AsSpan())];
        redactor.Redact(input.AsSpan(), buffer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            redactor.Redact(input.AsSpan(), buffer);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static Redactor Create(string name) => name switch
    {
        "email" => EmailMaskingRedactor.Instance,
        "phone" => PhoneMaskingRedactor.Instance,
        "shape" => new PiiShapeRedactor(new PiiHmacRedactor(Key, 1)),
        _ => new PiiHmacRedactor(Key, 1),
    };
}
