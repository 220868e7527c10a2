using Allio.PiiGuard.LargeSolution.Analysis;

namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>
/// Writes the generated application to <c>src/</c> of a folder, and three projects that compile it: <c>plain/</c>
/// references the PiiGuard vocabulary only, <c>analyzers/</c> also runs PiiGuard's analyzers with the policy, and
/// <c>piiguard/</c> the analyzers and the generator. One folder each, so each keeps its own restore and outputs and
/// the three can be built at the same time with <c>--no-restore</c>. With every mark stripped (the codebase a team has
/// before it annotates anything) a fourth, <c>inference/</c>, runs the analyzers in inference mode.
/// </summary>
public static class ProjectWriter
{
    public static (int Files, int Lines) Write(string folder, int domains, string repositoryRoot, bool stripMarks = false)
    {
        Directory.CreateDirectory(folder);
        var files = 0;
        var lines = 0;
        foreach (var file in RealisticSourceSet.Files(domains))
        {
            var path = Path.Combine(folder, "src", file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = stripMarks ? MarkStripper.Strip(file.Text) : file.Text;
            File.WriteAllText(path, text);
            files++;
            lines += text.Count(character => character == '\n');
        }

        File.WriteAllText(Path.Combine(folder, "src", "piiguard.json"), LargeAppPolicy.Json);
        foreach (var (variant, analyzers, generator, inference) in new[]
        {
            ("plain", false, false, false), ("analyzers", true, false, false), ("piiguard", true, true, false), ("inference", true, false, true),
        })
        {
            if (inference && !stripMarks)
            {
                continue;
            }

            Directory.CreateDirectory(Path.Combine(folder, variant));
            File.WriteAllText(Path.Combine(folder, variant, "LargeApp.csproj"), ProjectFile(repositoryRoot, analyzers, generator, inference));
        }

        return (files, lines);
    }

    private static string ProjectFile(string repositoryRoot, bool analyzers, bool generator, bool inference) => $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <PiiGuardGenerator>{{(generator ? "true" : "false")}}</PiiGuardGenerator>
            <PiiGuardInference>{{(inference ? "names" : "off")}}</PiiGuardInference>
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
        {{(analyzers ? PiiGuardItems(repositoryRoot) : string.Empty)}}</Project>

        """;

    /// <summary>
    /// The compiler extensions as the package delivers them (its <c>analyzers/dotnet/cs</c> assemblies, Release builds)
    /// and the policy as its props pass it: no project references, whose evaluation would count against PiiGuard.
    /// </summary>
    private static string PiiGuardItems(string repositoryRoot) => $$"""
          <ItemGroup>
            <Analyzer Include="{{repositoryRoot}}/analyzers/Allio.PiiGuard.Analyzers/bin/Release/netstandard2.0/Allio.PiiGuard.Analyzers.dll" />
            <Analyzer Include="{{repositoryRoot}}/analyzers/Allio.PiiGuard.CodeFixes/bin/Release/netstandard2.0/Allio.PiiGuard.CodeFixes.dll" />
            <!-- The analyzers/ variant builds without the generator, to tell the rules' cost from the generated hooks'. -->
            <Analyzer Include="{{repositoryRoot}}/analyzers/Allio.PiiGuard.Generators/bin/Release/netstandard2.0/Allio.PiiGuard.Generators.dll" Condition="'$(PiiGuardGenerator)' != 'false'" />
            <AdditionalFiles Include="../src/piiguard.json" />
            <CompilerVisibleProperty Include="PiiGuardInference" />
          </ItemGroup>

        """;
}
