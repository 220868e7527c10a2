namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>
/// Writes the generated application to a folder with a project file that references the PiiGuard vocabulary
/// always and the analyzers and generator only when built with <c>-p:PiiGuard=true</c>.
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
            var path = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            files++;
            lines += file.Text.Count(character => character == '\n');
        }

        File.WriteAllText(Path.Combine(folder, "piiguard.json"), LargeAppPolicy.Json);
        File.WriteAllText(Path.Combine(folder, "LargeApp.csproj"), ProjectFile(repositoryRoot));
        return (files, lines);
    }

    private static string ProjectFile(string repositoryRoot) => $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <LangVersion>latest</LangVersion>
            <ImplicitUsings>disable</ImplicitUsings>
            <NoWarn>$(NoWarn);CS1591</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="10.0.13" />
            <ProjectReference Include="{{repositoryRoot}}/src/Allio.PiiGuard/Allio.PiiGuard.csproj" />
          </ItemGroup>
          <ItemGroup Condition="'$(PiiGuard)' == 'true'">
            <ProjectReference Include="{{repositoryRoot}}/analyzers/Allio.PiiGuard.Analyzers/Allio.PiiGuard.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            <ProjectReference Include="{{repositoryRoot}}/analyzers/Allio.PiiGuard.Generators/Allio.PiiGuard.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            <AdditionalFiles Include="piiguard.json" />
          </ItemGroup>
        </Project>

        """;
}
