using System.Text.Json;
using Allio.PiiGuard.Cli.Commands;
using Allio.PiiGuard.Cli.Tests.Fixtures;

namespace Allio.PiiGuard.Cli.Tests.Commands;

public sealed class BuildlessScanTests
{
    private const string MissingPackage = """<PackageReference Include="Allio.NoSuchPackage.ForBuildlessTests" Version="9.9.9" />""";

    [Fact]
    public async Task A_project_whose_package_cannot_be_restored_still_has_its_leak_reported()
    {
        using var project = await UnannotatedProject.CreateAsync(restore: false, extraProjectItems: MissingPackage);
        await File.WriteAllTextAsync(project.PathOf("Newsletter.cs"), """
            using Allio.PiiGuard;
            using Allio.NoSuchPackage;

            namespace Shop;

            public class Subscriber
            {
                [Pii(Kind = PiiKind.Email)]
                public string Email { get; set; } = "";

                public MissingType? Extra { get; set; }

                public void Check()
                {
                    if (Email.Length == 0) throw new System.ArgumentException("bad " + Email); // NEWSLETTER-LEAK
                }
            }
            """);
        var reports = Path.Combine(project.Root, "reports");

        var run = await CliRunner.RunAsync("scan", "--buildless", project.Root, "--fail-on", "warning", "-f", "json", "-o", reports);

        Assert.Equal(ExitCodes.FindingsFound, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Directory.EnumerateFiles(reports, "*.json").Single()));
        var leakLine = project.LineOf("Newsletter.cs", "NEWSLETTER-LEAK");
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), finding =>
            finding.GetProperty("ruleId").GetString() == "PII007"
            && finding.GetProperty("path").GetString() == "Shop/Newsletter.cs"
            && finding.GetProperty("startLine").GetInt32() == leakLine);
        Assert.Contains("Allio.NoSuchPackage.ForBuildlessTests", run.Error, StringComparison.Ordinal);
        // The missing package's types do not bind: the errors are listed as a warning and do not fail the scan.
        Assert.Matches(@"warning: .* has [1-9]\d* compiler error\(s\)", run.Error);
        // Nothing was restored or evaluated: no restore output appeared.
        Assert.False(File.Exists(Path.Combine(project.ProjectFolder, "obj", "project.assets.json")));
    }

    [Fact]
    public async Task Buildless_compiles_the_project_folder_only_and_reads_the_policy_next_to_the_project()
    {
        using var project = await UnannotatedProject.CreateAsync(restore: false);
        await File.WriteAllTextAsync(project.PathOf("piiguard.json"), "{ \"jurisdiction\": \"XX\" }\n");
        var reports = Path.Combine(project.Root, "reports");

        var run = await CliRunner.RunAsync("scan", "--buildless", project.ProjectFolder, "--fail-on", "none", "-f", "json", "-o", reports);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Directory.EnumerateFiles(reports, "*.json").Single()));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        // The bad country in the policy is found, so the policy was handed to the analyzers.
        Assert.Contains(findings, finding => finding.GetProperty("ruleId").GetString() == "PII009");
        // ../Shared is linked by the project file, which buildless does not evaluate: only the folder's own sources count.
        Assert.DoesNotContain(findings, finding => finding.GetProperty("path").GetString()!.Contains("Shared", StringComparison.Ordinal));
        Assert.Contains(findings, finding => finding.GetProperty("ruleId").GetString() == "PII006"
                                             && finding.GetProperty("path").GetString() == "Customer.cs");
    }

    /// <summary>
    /// C# 14 extension blocks with <c>params</c> overloads, called with a format and arguments: Roslyn 4.14's preview
    /// implementation throws while binding the call (seen on Smartstore's logger extensions).
    /// </summary>
    private const string CompilerCrasher = """
        using System;
        namespace Crash;
        public interface ISink { void Write(string s); }
        public static class SinkExtensions
        {
            extension(ISink sink)
            {
                public void Info(Exception? ex, params object?[] args) => sink.Write(ex?.Message ?? "");
                public void Info(Exception? ex, string? msg, params object?[] args) => sink.Write(msg ?? "");
            }
        }
        public class Use
        {
            public void Run(ISink sink, int n, Exception ex) => sink.Info(ex, "Failed {0}: {1}", n, ex.Message);
        }
        """;

    [Theory]
    [InlineData("<LangVersion>preview</LangVersion>", ExitCodes.AnalyzerFailed)]
    [InlineData("", ExitCodes.FindingsFound)] // the newest released version: the block is a compile error, not a crash
    public async Task A_project_the_compiler_fails_on_is_named_and_the_others_are_still_scanned(string langVersion, int exitCode)
    {
        using var project = await UnannotatedProject.CreateAsync(restore: false);
        var crashing = Directory.CreateDirectory(Path.Combine(project.Root, "Crashing")).FullName;
        await File.WriteAllTextAsync(Path.Combine(crashing, "Crashing.csproj"),
            $"""<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework>{langVersion}</PropertyGroup></Project>""");
        await File.WriteAllTextAsync(Path.Combine(crashing, "Sink.cs"), CompilerCrasher);
        await File.WriteAllTextAsync(project.PathOf("Newsletter.cs"), """
            using Allio.PiiGuard;
            namespace Shop;
            public class Subscriber
            {
                [Pii(Kind = PiiKind.Email)]
                public string Email { get; set; } = "";

                public void Check() => throw new System.ArgumentException("bad " + Email); // NEWSLETTER-LEAK
            }
            """);

        var run = await CliRunner.RunAsync("scan", "--buildless", project.Root, "--fail-on", "warning");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains($"Shop/Newsletter.cs({project.LineOf("Newsletter.cs", "NEWSLETTER-LEAK")},", run.Output, StringComparison.Ordinal);
        Assert.Equal(exitCode == ExitCodes.AnalyzerFailed, run.Error.Contains("Crashing: compiling or analysing this project threw IndexOutOfRangeException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_without_a_project_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("piiguard-buildless-empty");
        try
        {
            var run = await CliRunner.RunAsync("scan", "--buildless", folder.FullName);

            Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
            Assert.Contains("holds no C# project", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
