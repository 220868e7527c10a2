namespace Allio.PiiGuard.Tests.Redaction;

/// <summary>The string forms used outside logging (and by <see cref="PiiRedact.Mask"/>) agree with the redactors.</summary>
public sealed class PiiMasksTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("anna@example.com", "a***@example.com")]
    [InlineData("anna", "***")]
    public void Email(string? input, string expected) => Assert.Equal(expected, PiiMasks.Email(input));

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("+7 921 555 12 37", "+7 *** *** ** 37")]
    [InlineData("1234", "***")]
    public void Phone(string? input, string expected) => Assert.Equal(expected, PiiMasks.Phone(input));

    [Theory]
    [InlineData("anna@example.com", PiiKind.Unspecified, "a***@example.com")]
    [InlineData("+7 921 555 12 37", PiiKind.Other, "+7 *** *** ** 37")]
    [InlineData("Anna Petrova", PiiKind.Unspecified, "***")]
    [InlineData("anna@example.com", PiiKind.Phone, "***")]
    [InlineData("Moscow", PiiKind.City, "***")]
    public void PiiRedact_masks_by_kind_or_by_shape(string input, PiiKind kind, string expected) =>
        Assert.Equal(expected, PiiRedact.Mask(input, kind));
}
