using System.Security.Cryptography;
using System.Text;

namespace Allio.PiiGuard.Tests.Redaction;

public sealed class PiiHmacRedactorTests
{
    private static readonly byte[] KeyBytes = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();
    private static readonly string Key = Convert.ToBase64String(KeyBytes);

    [Theory]
    [InlineData("Anna Petrova")]
    [InlineData("Пётр Иванович \U0001F600")]
    [InlineData("Anna Petrova:contact")]
    public void Writes_the_key_id_and_the_base64_HMAC_SHA256_of_the_UTF8_value(string input)
    {
        var redactor = new PiiHmacRedactor(Key, 7);

        Assert.Equal(Expected(input, "7"), RedactorContract.AssertHolds(redactor, input));
    }

    [Fact]
    public void A_value_longer_than_the_stack_buffer_is_hashed_in_full()
    {
        var redactor = new PiiHmacRedactor(Key, 1);
        var input = string.Concat(Enumerable.Repeat("Ёжик в тумане ", 5_000));

        Assert.Equal(Expected(input, "1"), RedactorContract.AssertHolds(redactor, input));
        Assert.NotEqual(redactor.Redact(input), redactor.Redact(input + "!"));
    }

    [Fact]
    public void A_negative_key_id_is_written_as_is()
    {
        Assert.StartsWith("-3:", new PiiHmacRedactor(Key, -3).Redact("x"), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_key_gives_another_hash()
    {
        var otherKey = Convert.ToBase64String(Enumerable.Repeat((byte)1, 32).ToArray());

        Assert.NotEqual(new PiiHmacRedactor(Key, 1).Redact("Anna"), new PiiHmacRedactor(otherKey, 1).Redact("Anna"));
    }

    [Fact]
    public void Empty_stays_empty()
    {
        Assert.Equal(string.Empty, RedactorContract.AssertHolds(new PiiHmacRedactor(Key, 1), string.Empty));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not base64!")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==")]
    public void Rejects_a_key_that_is_not_base64_of_32_bytes(string key)
    {
        Assert.Throws<ArgumentException>(() => new PiiHmacRedactor(key, 1));
    }

    private static string Expected(string input, string keyId) =>
        keyId + ":" + Convert.ToBase64String(HMACSHA256.HashData(KeyBytes, Encoding.UTF8.GetBytes(input)));
}
