namespace Allio.PiiGuard.Tests.Redaction;

public sealed class EmailMaskingRedactorTests
{
    [Theory]
    [InlineData("anna.petrova@example.com", "a***@example.com")]
    [InlineData("a@example.com", "a***@example.com")]
    [InlineData("quoted@local@example.com", "q***@example.com")]
    [InlineData("пользователь@пример.рф", "п***@пример.рф")]
    [InlineData("\U0001F600smile@example.com", "\U0001F600***@example.com")]
    [InlineData("anna@example.com:contact", "a***@example.com")]
    [InlineData("anna@example.com:user.Email", "a***@example.com")]
    public void Keeps_the_first_character_and_the_domain(string input, string expected)
    {
        Assert.Equal(expected, RedactorContract.AssertHolds(EmailMaskingRedactor.Instance, input));
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("@example.com")]
    [InlineData("anna@")]
    [InlineData("anna@:contact")]
    [InlineData("anna@example.com, Anna Petrova, +7 921 555 12 37")]
    [InlineData("anna@[IPv6:2001:db8::1]")]
    public void A_value_without_local_part_or_domain_is_erased(string input)
    {
        Assert.Equal(PiiMasks.Erased, RedactorContract.AssertHolds(EmailMaskingRedactor.Instance, input));
    }

    [Fact]
    public void Empty_stays_empty()
    {
        Assert.Equal(string.Empty, RedactorContract.AssertHolds(EmailMaskingRedactor.Instance, string.Empty));
        Assert.Equal(string.Empty, EmailMaskingRedactor.Instance.Redact((string?)null));
    }

    [Fact]
    public void The_length_of_the_local_part_is_not_revealed()
    {
        Assert.Equal(
            EmailMaskingRedactor.Instance.Redact("a@example.com").Length,
            EmailMaskingRedactor.Instance.Redact("alexandra.konstantinopolskaya@example.com").Length);
    }

    [Fact]
    public void A_very_long_address_is_masked_in_full()
    {
        var input = new string('x', 100_000) + "@example.com";

        Assert.Equal("x***@example.com", RedactorContract.AssertHolds(EmailMaskingRedactor.Instance, input));
    }
}
