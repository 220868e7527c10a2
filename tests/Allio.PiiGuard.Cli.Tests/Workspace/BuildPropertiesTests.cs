using Allio.PiiGuard.Cli.Workspace;

namespace Allio.PiiGuard.Cli.Tests.Workspace;

public sealed class BuildPropertiesTests
{
    [Fact]
    public void Repeated_and_semicolon_separated_assignments_are_all_read()
    {
        var properties = BuildProperties.Parse(["PiiGuardDemoLeaks=true", "Configuration=Release;DefineConstants=DEMO"], out var error);

        Assert.Null(error);
        Assert.Equal(
            ["-p:Configuration=Release", "-p:DefineConstants=DEMO", "-p:PiiGuardDemoLeaks=true"],
            properties!.ToArguments());
    }

    [Fact]
    public void Names_compare_as_MSBuild_compares_them_and_the_last_value_wins()
    {
        var properties = BuildProperties.Parse(["Flag=1", "flag=2"], out _);

        Assert.Equal("2", Assert.Single(properties!.Values).Value);
        Assert.Equal("2", properties.Values["FLAG"]);
    }

    [Fact]
    public void A_value_may_be_empty_or_hold_equals_signs()
    {
        var properties = BuildProperties.Parse(["Empty=", "ErrorLog=out.sarif%2Cversion=2.1"], out _);

        Assert.Equal("", properties!.Values["Empty"]);
        Assert.Equal("out.sarif%2Cversion=2.1", properties.Values["ErrorLog"]);
    }

    [Fact]
    public void No_property_is_none()
    {
        Assert.Same(BuildProperties.None, BuildProperties.Parse([], out _));
    }

    [Theory]
    [InlineData("NoValue")]
    [InlineData("=value")]
    [InlineData("1st=value")]
    [InlineData("Two Words=value")]
    [InlineData("A=1;;B")]
    public void A_token_that_is_no_assignment_is_refused_by_name(string token)
    {
        var properties = BuildProperties.Parse([token], out var error);

        Assert.Null(properties);
        Assert.Contains("is not a property", error);
    }
}
