namespace Allio.PiiGuard.Tests.Redaction;

public class PiiMasksTests
{
    [Theory]
    [InlineData("anna.petrova@example.com", "a***@example.com")]
    [InlineData("x@y.ru", "x***@y.ru")]
    [InlineData("no-at-sign", "***")]
    [InlineData("@example.com", "***")]
    [InlineData("trailing@", "***")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Email_keeps_the_first_letter_and_the_domain(string? value, string expected)
    {
        Assert.Equal(expected, PiiMasks.Email(value));
    }

    [Theory]
    [InlineData("+7 921 555 12 37", "+7 *** *** ** 37")]
    [InlineData("+7 (921) 555-12-37", "+7 (***) ***-**-37")]
    [InlineData("8 (812) 642-71-37", "* (***) ***-**-37")]
    [InlineData("+44 20 7946 0958", "+44 ** **** **58")]
    [InlineData("1234", "***")]
    [InlineData("", "")]
    public void Phone_keeps_the_country_code_and_the_last_two_digits(string value, string expected)
    {
        Assert.Equal(expected, PiiMasks.Phone(value));
    }

    [Theory]
    [InlineData("anna@example.com", PiiKind.Unspecified, "a***@example.com")]
    [InlineData("+7 921 555 12 37", PiiKind.Unspecified, "+7 *** *** ** 37")]
    [InlineData("Петрова", PiiKind.Unspecified, "***")]
    [InlineData("Петрова", PiiKind.LastName, "***")]
    [InlineData("anna@example.com", PiiKind.Phone, "***")]
    [InlineData("anna@example.com", PiiKind.Email, "a***@example.com")]
    [InlineData("4000 1234 5678 9010", PiiKind.FinancialAccount, "***")]
    [InlineData(null, PiiKind.Email, "")]
    public void Redact_masks_by_kind_or_by_shape(string? value, PiiKind kind, string expected)
    {
        Assert.Equal(expected, PiiRedact.Mask(value, kind));
    }

    [Fact]
    public void Redact_never_returns_the_raw_value_of_an_unknown_shape()
    {
        var random = new Random(152);
        for (var i = 0; i < 1_000; i++)
        {
            var value = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(33, 0x450)).ToArray());

            var masked = PiiRedact.Mask(value);

            Assert.True(masked != value || value == PiiMasks.Erased, $"'{value}' came back raw");
        }
    }
}
