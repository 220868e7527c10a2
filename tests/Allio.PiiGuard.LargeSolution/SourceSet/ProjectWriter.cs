namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>
/// Writes the generated application to <c>src/</c> of a folder, and two projects that compile it: <c>plain/</c>
/// references the PiiGuard vocabulary only, <c>piiguard/</c> also runs the analyzers and the generator with the
/// policy. Two folders, so each keeps its own restore and both can be built with <c>--no-restore</c>.
/// </summary>
public static class ProjectWriter
{
    public static (int Files, int Lines) Write(string folder, int domains, string repositoryRoot)
    {
        Directory.CreateDirectory(folder);
        var files = 0;
        var lines = 0;
        foreach (var file in RealisticSourceSet.Files(domains))
        {
            var path = Path.Combine(folder, "src", file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            files++;
            lines += file.Text.Count(character => character == '\n');
        }

        File.WriteAllText(Path.Combine(folder, "src", "piiguard.json"), LargeAppPolicy.Json);
        foreach (var (variant, withPiiGuard) in new[] { ("plain", false), ("piiguard", true) })
        {
            Directory.CreateDirectory(Path.Combine(folder, variant));
            File.WriteAllText(Path.Combine(folder, variant, "LargeApp.csproj"), ProjectFile(repositoryRoot, withPiiGuard));
        }

        return (files, lines);
    }

    private static string ProjectFile(string repositoryRoot, bool withPiiGuard) => $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <LangVersion>latest</LangVersion>
            <ImplicitUsings>disable</ImplicitUsings>
            <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
          </PropertyGroup>
          <ItemGroup>
            <Compile Include="../src/**/*.cs" />
            <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="10.0.13" />
            <ProjectReference Include="{{repositoryRoot}}/src/Allio.PiiGuard/Allio.PiiGuard.csproj" />
          </ItemGroup>
        {{(withPiiGuard ? PiiGuardItems(repositoryRoot) : string.Empty)}}</Project>

        """;

    private static string PiiGuardItems(string repositoryRoot) => $$"""
          <ItemGroup>
            <ProjectReference Include="{{repositoryRoot}}/analyzers/Allio.PiiGuard.Analyzers/Allio.PiiGuard.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            <!-- -p:PiiGuardGenerator=false builds with the analyzers alone, to tell their cost from the generated hooks'. -->
            <ProjectReference Include="{{repositoryRoot}}/analyzers/Allio.PiiGuard.Generators/Allio.PiiGuard.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" Condition="'$(PiiGuardGenerator)' != 'false'" />
            <AdditionalFiles Include="../src/piiguard.json" />
          </ItemGroup>

        """;
}
