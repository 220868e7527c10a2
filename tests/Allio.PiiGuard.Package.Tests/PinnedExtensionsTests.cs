using System.Text.Json;

namespace Allio.PiiGuard.Package.Tests;

/// <summary>
/// Real apps pin Microsoft.Extensions.* at the version of their .NET (8.0 for an LTS app): the package must install
/// into such an app without lifting those pins (NU1605/NU1109) and must work there.
/// </summary>
[Collection(InstalledPackageCollection.Name)]
public sealed class PinnedExtensionsTests(InstalledPackageFixture package)
{
    [Fact]
    public async Task An_app_that_pins_Microsoft_Extensions_8_0_installs_builds_and_redacts()
    {
        var consumer = package.CreateConsumer(
            "PinnedApp",
            new Dictionary<string, string>
            {
                ["Visitor.cs"] = """
                    using Allio.PiiGuard;

                    public sealed partial class Visitor
                    {
                        [Pii(Kind = PiiKind.Email)]
                        public string Email { get; set; } = "";
                    }
                    """,
                ["Program.cs"] = """
                    using Allio.PiiGuard;
                    using Microsoft.Extensions.DependencyInjection;
                    using Microsoft.Extensions.Logging;

                    var services = new ServiceCollection().AddLogging(logging => logging.AddConsole()).AddPiiGuard();
                    using var provider = services.BuildServiceProvider();
                    Console.WriteLine("logger: " + (provider.GetService<ILoggerFactory>() is not null));
                    Console.WriteLine("text: " + new Visitor { Email = "anna@example.com" });
                    """,
            },
            new Dictionary<string, string>
            {
                ["Microsoft.Extensions.Hosting"] = "8.0.0",
                ["Microsoft.Extensions.Logging"] = "8.0.0",
                ["Microsoft.Extensions.Logging.Abstractions"] = "8.0.0",
                ["Microsoft.Extensions.Logging.Console"] = "8.0.0",
                ["Microsoft.Extensions.DependencyInjection"] = "8.0.0",
                ["Microsoft.Extensions.Configuration"] = "8.0.0",
            });

        var build = await consumer.BuildAsync();
        var run = (await consumer.RunAsync()).EnsureSuccess("dotnet run");

        build.EnsureSuccess("dotnet build");
        Assert.DoesNotContain("NU1605", build.Output);
        Assert.DoesNotContain("NU1109", build.Output);
        // The pins hold: nothing in the package lifted Microsoft.Extensions.Logging.Abstractions above 8.0.
        using var assets = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(consumer.Directory, "obj", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name).ToArray();
        Assert.Contains("Microsoft.Extensions.Logging.Abstractions/8.0.0", libraries);
        Assert.Contains(libraries, library => library.StartsWith("Microsoft.Extensions.Compliance.Redaction/8.", StringComparison.Ordinal));
        Assert.Contains("logger: True", run.Output);
        Assert.Contains("text: Visitor { Email = [redacted:Email] }", run.Output);
    }
}
