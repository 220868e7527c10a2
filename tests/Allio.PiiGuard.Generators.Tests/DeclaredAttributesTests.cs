using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Generators.Tests;

/// <summary>
/// The PII model skips binding the attributes of members that declare no attribute list (the generator reads every
/// member of every marked type on each new compilation). It must never skip a member whose marks sit elsewhere:
/// on a shared field declaration, on a record's parameter, on the other part of a partial property.
/// </summary>
public sealed class DeclaredAttributesTests
{
    private const string Source = """
        using Allio.PiiGuard;

        namespace Shop;

        public partial record Visitor([property: Pii] string Email, string Plain)
        {
            [Pii] public string First = "", Second = "";
            public string Bare = "";
            public int Counter { get; set; }
            [Pii] public partial string Phone { get; set; }
            public partial string Phone { get => ""; set { } }
            public partial string Nick { get; set; }
            public partial string Nick { get => ""; set { } }
        }
        """;

    [Theory]
    [InlineData("Email", true)]
    [InlineData("First", true)]
    [InlineData("Second", true)]
    [InlineData("Phone", true)]
    [InlineData("Bare", false)]
    [InlineData("Counter", false)]
    [InlineData("Nick", false)]
    public void Tells_which_members_can_carry_attributes(string member, bool mayHave)
    {
        var type = GeneratorHarness.CreateCompilation(Source).GetTypeByMetadataName("Shop.Visitor")!;
        var symbol = type.GetMembers(member).Single(static symbol => symbol is IFieldSymbol or IPropertySymbol);

        Assert.Equal(mayHave, DeclaredAttributes.MayHave(symbol));
        // Never wrong in the direction that would lose a mark.
        Assert.True(DeclaredAttributes.MayHave(symbol) || symbol.GetAttributes().IsEmpty);
    }

    [Fact]
    public void Compiled_symbols_are_always_asked()
    {
        var compilation = GeneratorHarness.CreateCompilation(Source);
        var length = compilation.GetSpecialType(SpecialType.System_String).GetMembers("Length").Single();

        Assert.True(DeclaredAttributes.MayHave(length));
    }
}
