namespace Allio.PiiGuard.Tests.Redaction;

public sealed class PhoneMaskingRedactorTests
{
    [Theory]
    [InlineData("+7 921 555 12 37", "+7 *** *** ** 37")]
    [InlineData("+7 (921) 555-12-37", "+7 (***) ***-**-37")]
    [InlineData("+44 20 7946 0958", "+44 ** **** **58")]
    [InlineData("8 921 555 12 37", "* *** *** ** 37")]
    [InlineData("+79215551237", "+*********37")]
    [InlineData("+7 921 555 12 37:phone", "+7 *** *** ** 37")]
    [InlineData("+358 12 345", "+*** ** *45")]
    [InlineData("+358 1234 567", "+358 **** *67")]
    [InlineData("\u0668\u0669\u0662\u0661\u0665\u0665\u0665\u0661\u0662\u0663\u0667", "*********\u0663\u0667")]
    public void Keeps_the_country_code_the_grouping_and_the_last_two_digits(string input, string expected)
    {
        Assert.Equal(expected, RedactorContract.AssertHolds(PhoneMaskingRedactor.Instance, input));
    }

    [Theory]
    [InlineData("Ivan +7 921 555 12 37", "**** +* *** *** ** 37")]
    [InlineData("tel:+79215551237", "****+*********37")]
    [InlineData("+7 921 555 12 37 \U0001F4DE", "+7 *** *** ** 37 **")]
    public void Characters_that_are_not_phone_punctuation_are_masked(string input, string expected)
    {
        Assert.Equal(expected, RedactorContract.AssertHolds(PhoneMaskingRedactor.Instance, input));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("no digits")]
    [InlineData("+7 12")]
    public void Fewer_than_seven_digits_are_erased(string input)
    {
        Assert.Equal(PiiMasks.Erased, RedactorContract.AssertHolds(PhoneMaskingRedactor.Instance, input));
    }

    [Fact]
    public void Empty_stays_empty()
    {
        Assert.Equal(string.Empty, RedactorContract.AssertHolds(PhoneMaskingRedactor.Instance, string.Empty));
        Assert.Equal(string.Empty, PhoneMaskingRedactor.Instance.Redact((string?)null));
    }

    [Fact]
    public void A_very_long_number_shows_only_its_last_two_digits()
    {
        var input = new string('5', 50_000) + "37";

        Assert.Equal(new string('*', 50_000) + "37", RedactorContract.AssertHolds(PhoneMaskingRedactor.Instance, input));
    }
}
