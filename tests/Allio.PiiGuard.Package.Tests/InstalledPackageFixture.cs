namespace Allio.PiiGuard.Package.Tests;

/// <summary>
/// Packs Allio.PiiGuard once into a local feed under a version no cache has seen,
/// then lets each test create a fresh consumer project that installs it from there.
/// </summary>
public sealed class InstalledPackageFixture : IAsyncLifetime
{
    private readonly string root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "piiguard-package-" + Guid.NewGuid().ToString("N"));

    public string Version { get; } = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;

    public string Feed => System.IO.Path.Combine(root, "feed");

    public string PackagePath => System.IO.Path.Combine(Feed, $"Allio.PiiGuard.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        (await DotNet.RunAsync(
            RepositoryRoot.Path,
            "pack", "src/Allio.PiiGuard/Allio.PiiGuard.csproj", "-c", "Release", "-o", Feed, $"-p:PackageVersion={Version}"))
            .EnsureSuccess("dotnet pack");
    }

    /// <summary>
    /// A new console project that references the packed package, with the given source files and, optionally, other
    /// package references the app pins (<c>Name</c> to version).
    /// </summary>
    public ConsumerProject CreateConsumer(string name, IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string>? pinned = null)
    {
        var pins = string.Concat((pinned ?? new Dictionary<string, string>()).Select(pin =>
            $"\n        <PackageReference Include=\"{pin.Key}\" Version=\"{pin.Value}\" />"));
        var directory = System.IO.Path.Combine(root, name);
        Directory.CreateDirectory(directory);

        // Stop MSBuild and NuGet from walking up into anything outside the consumer.
        File.WriteAllText(System.IO.Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(System.IO.Path.Combine(directory, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(System.IO.Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(System.IO.Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <LangVersion>preview</LangVersion>
                <!-- The package's floor, Microsoft.Extensions.Compliance.* 8.10.0, asks for ObjectPool 8.0.10; a feed
                     without that exact version resolves the next (NU1603), which is no fault of the package. -->
                <NoWarn>$(NoWarn);NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Allio.PiiGuard" Version="{Version}" />{pins}
              </ItemGroup>
            </Project>
            """);
        foreach (var (file, text) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(directory, file), text);
        }

        return new ConsumerProject(directory);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }

        return Task.CompletedTask;
    }
}

/// <summary>A consumer project on disk.</summary>
public sealed record ConsumerProject(string Directory)
{
    public Task<DotNet.Result> BuildAsync(params string[] extraArguments) =>
        DotNet.RunAsync(Directory, ["build", "-nologo", "-v:q", "-clp:NoSummary", .. extraArguments]);

    public Task<DotNet.Result> RunAsync() => DotNet.RunAsync(Directory, "run", "--no-build");
}

/// <summary>One pack per test run: every class that installs the package shares it.</summary>
[CollectionDefinition(Name)]
public sealed class InstalledPackageCollection : ICollectionFixture<InstalledPackageFixture>
{
    public const string Name = "Installed package";
}
