using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Cli.Tests.Fixtures;
using Allio.PiiGuard.Cli.Workspace;
using Allio.PiiGuard.Cli.Workspace.Buildless;

namespace Allio.PiiGuard.Cli.Tests.Workspace;

public sealed class BuildlessVocabularyTests
{
    private const string Subscriber = """
        namespace Shop;

        public class Subscriber
        {
            public string Email { get; set; } = "";

            public void Check()
            {
                if (Email.Length == 0) throw new System.ArgumentException("bad " + Email); // LEAK
            }
        }
        """;

    [Fact]
    public async Task A_cache_without_the_package_still_gets_the_vocabulary_and_inference_finds_the_leak()
    {
        var root = TempFolder.Create();
        try
        {
            var cache = Directory.CreateDirectory(Path.Combine(root, "empty-nuget-cache")).FullName;
            var shop = Directory.CreateDirectory(Path.Combine(root, "Shop")).FullName;
            await File.WriteAllTextAsync(Path.Combine(shop, "Shop.csproj"), """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
            await File.WriteAllTextAsync(Path.Combine(shop, "Subscriber.cs"), Subscriber);

            var result = await ScanAsync(root, cache, InferenceOption.TurnOn(BuildProperties.None));

            Assert.True(Assert.Single(result.Health).HasVocabulary);
            Assert.Equal(ExitCodes.FindingsFound, ScanVerdict.Of(result, "warning", allowCompileErrors: true).ExitCode);
            var leakLine = Array.FindIndex(Subscriber.Split('\n'), line => line.Contains("// LEAK", StringComparison.Ordinal)) + 1;
            Assert.Contains(result.Findings, finding => finding.RuleId == "PII007" && finding.Inferred && finding.Region.StartLine == leakLine);
        }
        finally
        {
            TempFolder.Delete(root);
        }
    }

    [Fact]
    public async Task A_project_with_its_own_vocabulary_in_source_keeps_it_and_gets_no_second_copy()
    {
        var root = TempFolder.Create();
        try
        {
            var cache = Directory.CreateDirectory(Path.Combine(root, "empty-nuget-cache")).FullName;
            var shop = Directory.CreateDirectory(Path.Combine(root, "Shop")).FullName;
            await File.WriteAllTextAsync(Path.Combine(shop, "Shop.csproj"), """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
            await File.WriteAllTextAsync(Path.Combine(shop, "Vocabulary.cs"), """
                namespace Allio.PiiGuard
                {
                    public class PiiAttribute : System.Attribute { }
                }
                """);
            var target = BuildlessLoader.Resolve(root);
            using var loaded = BuildlessLoader.Load(target, BuildProperties.None, new NuGetCache(cache), NoProgress.Instance, CancellationToken.None);

            var compilation = await ProjectCompiler.CompileAsync(Assert.Single(loaded.Projects), PiiGuardExtensions.Load(), CancellationToken.None, loaded.LendsVocabulary);

            Assert.True(loaded.LendsVocabulary);
            Assert.DoesNotContain(compilation.ReferencedAssemblyNames, identity => identity.Name == "Allio.PiiGuard");
            Assert.DoesNotContain(compilation.GetDiagnostics(), diagnostic => diagnostic.Id == "CS0436");
        }
        finally
        {
            TempFolder.Delete(root);
        }
    }

    private static async Task<ScanResult> ScanAsync(string root, string cache, BuildProperties properties)
    {
        var target = BuildlessLoader.Resolve(root);
        using var loaded = BuildlessLoader.Load(target, properties, new NuGetCache(cache), NoProgress.Instance, CancellationToken.None);
        Assert.DoesNotContain(loaded.Warnings, warning => warning.Contains("Allio.PiiGuard", StringComparison.Ordinal));
        return await ScanRunner.RunAsync(loaded, new RepositoryPaths(target.RepositoryRoot), PiiGuardExtensions.Load(), runAnalyzers: true, NoProgress.Instance, CancellationToken.None);
    }
}
