using Allio.PiiGuard.Cli.Workspace.Buildless;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.Cli.Tests.Workspace;

public sealed class BuildlessPartsTests
{
    [Fact]
    public void Newer_dotnet_folders_rank_above_standard_and_framework_ones()
    {
        string[] folders = ["net48", "netstandard2.0", "net8.0", "netstandard2.1", "net10.0", "net8.0-windows", "netcoreapp3.1"];

        Assert.Equal(
            ["net10.0", "net8.0", "netcoreapp3.1", "netstandard2.1", "netstandard2.0", "net8.0-windows", "net48"],
            folders.OrderByDescending(TargetFrameworks.Rank));
    }

    [Theory]
    [InlineData("", LanguageVersion.Latest)] // not preview: its unfinished features crashed the compiler on real code
    [InlineData("<LangVersion>12</LangVersion>", LanguageVersion.CSharp12)]
    [InlineData("<LangVersion>preview</LangVersion>", LanguageVersion.Preview)]
    [InlineData("<LangVersion>not-a-version</LangVersion>", LanguageVersion.Latest)]
    public void The_language_version_is_the_projects_own_or_the_newest_released(string property, LanguageVersion expected)
    {
        var root = Directory.CreateTempSubdirectory("piiguard-langversion");
        try
        {
            var projectFile = Path.Combine(root.FullName, "App.csproj");
            File.WriteAllText(projectFile, $"""<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup>{property}</PropertyGroup></Project>""");

            Assert.Equal(expected, BuildlessLoader.LanguageVersionOf(ProjectFileFacts.Read(projectFile, root.FullName)));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Project_facts_take_versions_from_the_central_file_and_properties_from_props_files()
    {
        var root = Directory.CreateTempSubdirectory("piiguard-facts");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, "Directory.Packages.props"),
                """<Project><ItemGroup><PackageVersion Include="Serilog" Version="4.0.0" /></ItemGroup></Project>""");
            File.WriteAllText(Path.Combine(root.FullName, "Directory.Build.props"),
                """<Project><PropertyGroup><ImplicitUsings>enable</ImplicitUsings><Nullable>$(Other)</Nullable></PropertyGroup></Project>""");
            var app = Directory.CreateDirectory(Path.Combine(root.FullName, "App"));
            var projectFile = Path.Combine(app.FullName, "App.csproj");
            File.WriteAllText(projectFile, """
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <ItemGroup>
                    <PackageReference Include="Serilog" />
                    <PackageReference Include="Dapper" Version="2.1.0" />
                    <ProjectReference Include="..\Lib\Lib.csproj" />
                    <Using Include="Shop.Common" />
                  </ItemGroup>
                </Project>
                """);

            var facts = ProjectFileFacts.Read(projectFile, root.FullName);

            Assert.True(facts.UsesAspNetCore);
            Assert.Equal("4.0.0", facts.Packages["Serilog"]);
            Assert.Equal("2.1.0", facts.Packages["Dapper"]);
            Assert.Equal("enable", facts.Property("ImplicitUsings"));
            Assert.Null(facts.Property("Nullable"));
            Assert.Equal(Path.Combine(root.FullName, "Lib", "Lib.csproj"), Assert.Single(facts.ProjectReferences));
            var usings = ImplicitUsings.SourceFor(facts)!;
            Assert.Contains("global using global::Microsoft.AspNetCore.Builder;", usings, StringComparison.Ordinal);
            Assert.Contains("global using global::Shop.Common;", usings, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
