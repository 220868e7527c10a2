using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Tests.Policy;

/// <summary>The tables the loader carries (the analyzers cannot reference the runtime) stay equal to their sources.</summary>
public sealed class PolicyVocabularyTests
{
    [Fact]
    public void Kind_names_are_the_PiiKind_members_except_Unspecified() =>
        Assert.Equal(
            Enum.GetNames<PiiKind>().Where(n => n != nameof(PiiKind.Unspecified)),
            PiiKindNames.All);

    [Fact]
    public void Country_table_holds_the_249_assigned_codes_in_capitals()
    {
        Assert.Equal(249, CountryCodes.All.Count);
        Assert.All(CountryCodes.All, code => Assert.Matches("^[A-Z]{2}$", code));
        Assert.All(new[] { "RU", "BY", "KZ", "GB", "US", "DE", "AX", "SS", "ZW" }, code => Assert.True(CountryCodes.IsAssigned(code), code));
        Assert.All(new[] { "UK", "EU", "SU", "XK", "ru", "" }, code => Assert.False(CountryCodes.IsAssigned(code), code));
    }
}
