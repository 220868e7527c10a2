using Allio.PiiGuard.Cli.Analysis;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Cli.Terminal;
using Allio.PiiGuard.Cli.Tests.Fixtures;
using Allio.PiiGuard.Cli.Workspace;
using Allio.PiiGuard.Cli.Workspace.Buildless;

namespace Allio.PiiGuard.Cli.Tests.Workspace;

/// <summary>A buildless load against an empty NuGet cache, as on a reviewer's machine that never restored PiiGuard.</summary>
public sealed class BuildlessVocabularyTests : IDisposable
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

    private readonly string _root = TempFolder.Create();

    [Fact]
    public async Task A_cache_without_the_package_still_gets_the_vocabulary_and_inference_finds_the_leak()
    {
        using var loaded = Load("Subscriber.cs", Subscriber, InferenceOption.TurnOn(BuildProperties.None));

        var result = await ScanRunner.RunAsync(
            loaded, new RepositoryPaths(_root), PiiGuardExtensions.Load(), runAnalyzers: true, ProgressDisplay.SilentProgress.Instance, CancellationToken.None);

        Assert.DoesNotContain(loaded.Warnings, warning => warning.Contains("Allio.PiiGuard", StringComparison.Ordinal));
        Assert.True(Assert.Single(result.Health).HasVocabulary);
        Assert.Equal(ExitCodes.FindingsFound, ScanVerdict.Of(result, "warning", allowCompileErrors: true).ExitCode);
        var leakLine = Array.FindIndex(Subscriber.Split('\n'), line => line.Contains("// LEAK", StringComparison.Ordinal)) + 1;
        Assert.Contains(result.Findings, finding => finding.RuleId == "PII007" && finding.Inferred && finding.Region.StartLine == leakLine);
    }

    [Fact]
    public async Task A_project_with_its_own_vocabulary_in_source_keeps_it_and_gets_no_second_copy()
    {
        using var loaded = Load("Vocabulary.cs", "namespace Allio.PiiGuard { public class PiiAttribute : System.Attribute { } }", BuildProperties.None);

        var compilation = await ProjectCompiler.CompileAsync(Assert.Single(loaded.Projects), PiiGuardExtensions.Load(), CancellationToken.None, loaded.LendsVocabulary);

        Assert.True(loaded.LendsVocabulary);
        Assert.DoesNotContain(compilation.ReferencedAssemblyNames, identity => identity.Name == "Allio.PiiGuard");
        Assert.DoesNotContain(compilation.GetDiagnostics(), diagnostic => diagnostic.Id == "CS0436");
    }

    public void Dispose() => TempFolder.Delete(_root);

    /// <summary>Writes <c>Shop/Shop.csproj</c> (no package) with one source file and loads it against an empty cache.</summary>
    private LoadedWorkspace Load(string fileName, string source, BuildProperties properties)
    {
        var cache = Directory.CreateDirectory(Path.Combine(_root, "empty-nuget-cache")).FullName;
        var shop = Directory.CreateDirectory(Path.Combine(_root, "Shop")).FullName;
        File.WriteAllText(Path.Combine(shop, "Shop.csproj"), """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        File.WriteAllText(Path.Combine(shop, fileName), source);
        return BuildlessLoader.Load(BuildlessLoader.Resolve(_root), properties, new NuGetCache(cache), ProgressDisplay.SilentProgress.Instance, CancellationToken.None);
    }
}
