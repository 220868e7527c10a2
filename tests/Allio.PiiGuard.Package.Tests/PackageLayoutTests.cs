using System.IO.Compression;

namespace Allio.PiiGuard.Package.Tests;

[Collection(InstalledPackageCollection.Name)]
public sealed class PackageLayoutTests(InstalledPackageFixture package)
{
    [Theory]
    [InlineData("lib/netstandard2.0/Allio.PiiGuard.dll")]
    [InlineData("lib/net8.0/Allio.PiiGuard.dll")]
    [InlineData("analyzers/dotnet/cs/Allio.PiiGuard.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/Allio.PiiGuard.CodeFixes.dll")]
    [InlineData("analyzers/dotnet/cs/Allio.PiiGuard.Generators.dll")]
    [InlineData("buildTransitive/Allio.PiiGuard.props")]
    [InlineData("README.md")]
    public void Package_holds_the_runtime_the_compiler_extensions_and_the_props(string entry)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);

        Assert.Contains(archive.Entries, e => e.FullName == entry);
    }

    [Fact]
    public void Schema_ships_for_editors()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);

        Assert.Contains(archive.Entries, e => e.FullName.EndsWith("piiguard.schema.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clean_project_builds_warning_free_with_the_package()
    {
        var consumer = package.CreateConsumer("Clean", new Dictionary<string, string>
        {
            ["Program.cs"] = """
                Console.WriteLine(new Order(42).Id);

                public sealed record Order(int Id);
                """,
        });

        var build = await consumer.BuildAsync("-warnaserror");

        Assert.True(build.ExitCode == 0, build.Output);
    }
}
