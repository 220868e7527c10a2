using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard.Tests.Redaction;

public sealed class PiiShapeRedactorTests
{
    private static readonly string Key = Convert.ToBase64String(new byte[32]);

    private readonly PiiShapeRedactor _erasing = new(ErasingRedactor.Instance);
    private readonly PiiShapeRedactor _hashing = new(new PiiHmacRedactor(Key, 2));

    [Theory]
    [InlineData("anna.petrova@example.com", "a***@example.com")]
    [InlineData("anna.petrova@example.com:contact", "a***@example.com")]
    [InlineData("+7 921 555 12 37", "+7 *** *** ** 37")]
    [InlineData("+7 921 555 12 37:contact", "+7 *** *** ** 37")]
    [InlineData("89215551237", "*********37")]
    public void Emails_and_phones_are_masked_whatever_redacts_other_values(string input, string expected)
    {
        Assert.Equal(expected, RedactorContract.AssertHolds(_erasing, input));
        Assert.Equal(expected, RedactorContract.AssertHolds(_hashing, input));
    }

    [Theory]
    [InlineData("Anna Petrova")]
    [InlineData("Anna Petrova:contact")]
    [InlineData(" anna@example.com")]
    [InlineData("anna@example")]
    [InlineData("12-34")]
    [InlineData("1234567890123456")]
    [InlineData("tel:+79215551237")]
    public void Other_values_go_whole_to_the_redactor_for_other_values(string input)
    {
        Assert.Equal(string.Empty, RedactorContract.AssertHolds(_erasing, input));
        Assert.Equal(new PiiHmacRedactor(Key, 2).Redact(input), RedactorContract.AssertHolds(_hashing, input));
    }

    [Fact]
    public void Empty_stays_empty()
    {
        Assert.Equal(string.Empty, RedactorContract.AssertHolds(_hashing, string.Empty));
    }

    [Fact]
    public void Requires_a_redactor_for_other_values()
    {
        Assert.Throws<ArgumentNullException>(() => new PiiShapeRedactor(null!));
    }
}
