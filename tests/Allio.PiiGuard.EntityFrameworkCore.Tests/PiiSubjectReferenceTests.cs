using System.Security.Cryptography;
using System.Text;

namespace Allio.PiiGuard.EntityFrameworkCore.Tests;

/// <summary>
/// A subject reference must never change between versions: officers find a subject's actions in logs written years
/// ago by hashing the key again. Each case is checked against the hash computed the plain way.
/// </summary>
public sealed class PiiSubjectReferenceTests
{
    public static TheoryData<object> Keys() => new()
    {
        Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"),
        42,
        -7L,
        "anna@example.ru",
        "Анна Иванова",
        new string('x', 400), // longer than any buffer kept on the stack
        new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc),
        1.5m,
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void TheReferenceIsTheFirstHalfOfTheSha256OfTheInvariantTextInLowercaseHex(object key)
    {
        var text = key is IFormattable formattable ? formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : key.ToString()!;
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32].ToLowerInvariant();

        Assert.Equal(expected, PiiSubjectReference.Of(key));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void WithASecretTheReferenceIsTheFirstHalfOfTheHmac(object key)
    {
        var secret = "officer's secret"u8.ToArray();
        var text = key is IFormattable formattable ? formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture) : key.ToString()!;
        var expected = Convert.ToHexString(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(text)))[..32].ToLowerInvariant();

        Assert.Equal(expected, PiiSubjectReference.Of(key, secret));
        Assert.NotEqual(PiiSubjectReference.Of(key), PiiSubjectReference.Of(key, secret));
    }
}
