namespace Allio.PiiGuard.Tests.Redaction;

public sealed class PiiShapesTests
{
    [Theory]
    [InlineData("anna@example.com", true)]
    [InlineData("пользователь@пример.рф", true)]
    [InlineData("anna@example", false)]
    [InlineData("anna@.com", false)]
    [InlineData("anna@example.com.", false)]
    [InlineData("a@b@example.com", false)]
    [InlineData("anna petrova@example.com", false)]
    [InlineData("", false)]
    public void Email(string value, bool expected)
    {
        Assert.Equal(expected, PiiShapes.LooksLikeEmail(value));
        Assert.Equal(expected, PiiShapes.LooksLikeEmail(value.AsSpan()));
    }

    [Theory]
    [InlineData("+7 (921) 555-12-37", true)]
    [InlineData("1234567", true)]
    [InlineData("123456", false)]
    [InlineData("1234567890123456", false)]
    [InlineData("+7 921 555 12 37 ext", false)]
    [InlineData("", false)]
    public void Phone(string value, bool expected)
    {
        Assert.Equal(expected, PiiShapes.LooksLikePhone(value));
        Assert.Equal(expected, PiiShapes.LooksLikePhone(value.AsSpan()));
    }
}
