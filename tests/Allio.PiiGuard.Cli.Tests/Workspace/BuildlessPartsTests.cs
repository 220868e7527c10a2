using Allio.PiiGuard.Cli.Tests.Fixtures;
using Allio.PiiGuard.Cli.Terminal;
using Allio.PiiGuard.Cli.Workspace;
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

    [Fact]
    public async Task Properties_of_imported_files_take_effect_in_document_order()
    {
        var root = Directory.CreateTempSubdirectory("piiguard-imports");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "build"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "src", "Build"));
            var app = Directory.CreateDirectory(Path.Combine(root.FullName, "src", "App"));
            File.WriteAllText(Path.Combine(root.FullName, "Directory.Build.props"),
                """<Project><Import Project="$(MSBuildThisFileDirectory)build/Nullable.props" /></Project>""");
            File.WriteAllText(Path.Combine(root.FullName, "build", "Nullable.props"),
                """<Project><PropertyGroup><Nullable>enable</Nullable></PropertyGroup></Project>""");
            File.WriteAllText(Path.Combine(root.FullName, "src", "Build", "Common.props"),
                """<Project><PropertyGroup><ImplicitUsings>enable</ImplicitUsings><LangVersion>12</LangVersion></PropertyGroup></Project>""");
            var projectFile = Path.Combine(app.FullName, "App.csproj");
            File.WriteAllText(projectFile, """
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="..\Build\Common.props" />
                  <PropertyGroup><LangVersion>11</LangVersion></PropertyGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app.FullName, "Ids.cs"), "namespace App; public static class Ids { public static Guid Next() => Guid.NewGuid(); public static DateTime Now() => DateTime.UtcNow; }");

            var facts = ProjectFileFacts.Read(projectFile, root.FullName);
            var target = BuildlessLoader.Resolve(root.FullName);
            using var loaded = BuildlessLoader.Load(target, BuildProperties.None, new NuGetCache(root.FullName), ProgressDisplay.SilentProgress.Instance, CancellationToken.None);
            var compilation = await Assert.Single(loaded.Projects).GetCompilationAsync();

            Assert.Equal("enable", facts.Property("ImplicitUsings"));
            Assert.Equal("enable", facts.Property("Nullable"));
            Assert.Equal("11", facts.Property("LangVersion")); // set after the import, so it wins
            Assert.DoesNotContain(compilation!.GetDiagnostics(), diagnostic => diagnostic.Id is "CS0246" or "CS0103");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Project_references_flow_through_referenced_projects()
    {
        var root = Directory.CreateTempSubdirectory("piiguard-transitive");
        try
        {
            foreach (var (name, reference, source) in new[]
            {
                ("Core", "", "namespace Core; public class Organization { public System.Guid Id { get; set; } }"),
                ("Api", """<ItemGroup><ProjectReference Include="..\Core\Core.csproj" /></ItemGroup>""",
                    "namespace Api; public static class SignUp { public static Core.Organization Organization() => new(); }"),
                ("Api.Tests", """<ItemGroup><ProjectReference Include="..\Api\Api.csproj" /></ItemGroup>""",
                    "namespace Api.Tests; public static class Probe { public static System.Guid Id() { Core.Organization organization = Api.SignUp.Organization(); return organization.Id; } }"),
            })
            {
                var folder = Directory.CreateDirectory(Path.Combine(root.FullName, name));
                File.WriteAllText(Path.Combine(folder.FullName, name + ".csproj"),
                    $"""<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>{reference}</Project>""");
                File.WriteAllText(Path.Combine(folder.FullName, name + ".cs"), source);
            }

            var target = BuildlessLoader.Resolve(root.FullName);
            using var loaded = BuildlessLoader.Load(target, BuildProperties.None, new NuGetCache(root.FullName), ProgressDisplay.SilentProgress.Instance, CancellationToken.None);
            var tests = loaded.Projects.Single(project => project.Name == "Api.Tests");
            var compilation = await tests.GetCompilationAsync();

            Assert.Empty(compilation!.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Imports_outside_the_checkout_or_through_a_link_or_needing_evaluation_are_not_read()
    {
        var outer = Directory.CreateTempSubdirectory("piiguard-imports-outside");
        try
        {
            var checkout = Directory.CreateDirectory(Path.Combine(outer.FullName, "checkout"));
            var outside = Path.Combine(outer.FullName, "Outside.props");
            File.WriteAllText(outside, """<Project><PropertyGroup><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>""");
            File.CreateSymbolicLink(Path.Combine(checkout.FullName, "Linked.props"), outside);
            File.WriteAllText(Path.Combine(checkout.FullName, "Evaluated.props"), """<Project><PropertyGroup><Nullable>enable</Nullable></PropertyGroup></Project>""");
            var projectFile = Path.Combine(checkout.FullName, "App.csproj");
            File.WriteAllText(projectFile, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="..\Outside.props" />
                  <Import Project="$(MSBuildThisFileDirectory)../Outside.props" />
                  <Import Project="{outside}" />
                  <Import Project="Linked.props" />
                  <Import Project="$(Root)Evaluated.props" />
                  <Import Project="*.props" />
                </Project>
                """);

            var facts = ProjectFileFacts.Read(projectFile, checkout.FullName);

            Assert.Null(facts.Property("ImplicitUsings"));
            Assert.Null(facts.Property("Nullable"));
        }
        finally
        {
            outer.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_import_cycle_is_read_once_per_file()
    {
        var root = Directory.CreateTempSubdirectory("piiguard-imports-cycle");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, "A.props"),
                """<Project><Import Project="B.props" /><Import Project="A.props" /><PropertyGroup><FromA>a</FromA></PropertyGroup></Project>""");
            File.WriteAllText(Path.Combine(root.FullName, "B.props"),
                """<Project><Import Project="$(MSBuildThisFileDirectory)A.props" /><PropertyGroup><FromB>b</FromB><FromA>b</FromA></PropertyGroup></Project>""");
            var projectFile = Path.Combine(root.FullName, "App.csproj");
            File.WriteAllText(projectFile, """<Project Sdk="Microsoft.NET.Sdk"><Import Project="A.props" /><Import Project="App.csproj" /></Project>""");

            var facts = ProjectFileFacts.Read(projectFile, root.FullName);

            Assert.Equal("b", facts.Property("FromB"));
            Assert.Equal("a", facts.Property("FromA")); // A's own group comes after its import of B
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
