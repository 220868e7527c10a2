using System.Diagnostics;

namespace Allio.PiiGuard.Cli.Tests.Fixtures;

/// <summary>
/// A small, dependency-free C# project written to a temporary folder: its own copy of the PiiGuard
/// vocabulary (the analyzers match it by name), a policy file, leaks, suppressed leaks and .editorconfig severities.
/// </summary>
public sealed class FixtureProject : IDisposable
{
    /// <summary>Marker comments that tests look lines up by.</summary>
    public const string LoudLeak = "// LEAK-LOUD";
    public const string PragmaSuppressed = "// LEAK-PRAGMA";
    public const string AttributeSuppressed = "// LEAK-ATTRIBUTE";
    public const string QuietLeak = "// LEAK-QUIET";
    public const string StrictLeak = "// LEAK-STRICT";

    /// <summary>A line next to a leak that must reach the HTML report escaped.</summary>
    public const string MarkupComment = "// <b>bold?</b> & \"quotes\" <script>alert('x')</script>";

    private FixtureProject(string directory) => Directory = directory;

    /// <summary>The fixture's folder (no <c>.git</c> above it, so it is also the report root).</summary>
    public string Directory { get; }

    /// <summary>The project file.</summary>
    public string ProjectFile => Path.Combine(Directory, "Fixture.csproj");

    /// <summary>
    /// Writes the project into a new temporary folder and restores it (no package references, so no download).
    /// <paramref name="changes"/> replace or add files (paths may have folders); a null text leaves the file out.
    /// </summary>
    public static async Task<FixtureProject> CreateAsync(params (string Name, string? Text)[] changes)
    {
        var directory = TempFolder.Create();
        var fixture = new FixtureProject(directory);
        var files = Files.Select(file => (file.Name, (string?)file.Text))
            .Where(file => changes.All(change => change.Name != file.Name))
            .Concat(changes);
        foreach (var (name, text) in files)
        {
            if (text is null)
            {
                continue;
            }

            var path = Path.Combine(directory, name);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text.ReplaceLineEndings("\n"));
        }

        await RestoreAsync(fixture.ProjectFile);
        return fixture;
    }

    /// <summary>The 1-based line of the line holding <paramref name="marker"/> in <paramref name="file"/>.</summary>
    public int LineOf(string file, string marker) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(Directory, file)), line => line.Contains(marker, StringComparison.Ordinal)) + 1;

    /// <inheritdoc />
    public void Dispose() => TempFolder.Delete(Directory);

    internal static async Task RestoreAsync(string projectFile)
    {
        var start = new ProcessStartInfo("dotnet", ["restore", projectFile, "-v", "q", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet restore of the fixture failed:\n{output}\n{error}");
        }
    }

    /// <summary>The project file as written, for tests that change it.</summary>
    public static string ProjectText => Files[0].Text;

    /// <summary>The policy file as written.</summary>
    public static string PolicyText => Files[1].Text;

    private static readonly (string Name, string Text)[] Files =
    [
        ("Fixture.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="piiguard.json" />
              </ItemGroup>
            </Project>
            """),
        ("piiguard.json", """
            {
              "controller": "Fixture LLC",
              "jurisdiction": "RU",
              "crossBorderTransfers": "forbidden",
              "purposes": [ { "id": "identification", "title": "Identify the party of a service" } ],
              "subjects": [ { "id": "visitor", "title": "Website visitor" } ],
              "recipients": [ { "id": "analytics-us", "title": "US analytics", "country": "US", "legalBasis": "consent", "kinds": [], "purposes": [] } ],
              "stores": [ { "id": "crm-db", "title": "CRM database", "country": "RU" } ]
            }
            """),
        (".editorconfig", """
            root = true

            [Quiet.cs]
            dotnet_diagnostic.PIIT01.severity = none
            dotnet_diagnostic.PII001.severity = none

            [Strict.cs]
            dotnet_diagnostic.PIIT01.severity = error
            """),
        ("Vocabulary.cs", """
            // The fixture's own copy of the vocabulary: the analyzers recognise it by metadata name.
            namespace Allio.PiiGuard
            {
                public enum PiiKind { Unspecified, Email, Phone }

                [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Parameter)]
                public class PiiAttribute : System.Attribute
                {
                    public PiiKind Kind { get; set; }
                    public string[] Purposes { get; set; } = System.Array.Empty<string>();
                    public string[] Subjects { get; set; } = System.Array.Empty<string>();
                    public string? Retention { get; set; }
                }

                [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method | System.AttributeTargets.Parameter)]
                public sealed class PiiRecipientAttribute : System.Attribute
                {
                    public PiiRecipientAttribute(string id) => Id = id;
                    public string Id { get; }
                }

                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class PiiStoreAttribute : System.Attribute
                {
                    public PiiStoreAttribute(string id) => Id = id;
                    public string Id { get; }
                }
            }
            """),
        ("Transfers.cs", """
            using System.Collections.Generic;
            using Allio.PiiGuard;

            namespace Fixture;

            [PiiStore("crm-db")]
            public sealed class CustomerStore
            {
                public List<Customer> Customers { get; } = new();
            }

            public static class Analytics
            {
                [PiiRecipient("analytics-us")]
                public static void Track(Customer customer) { }
            }
            """),
        ("Customer.cs", """
            using Allio.PiiGuard;

            namespace Fixture;

            public partial class Customer
            {
                public int Id { get; set; }

                [Pii(Kind = PiiKind.Email, Purposes = new[] { "identification" }, Subjects = new[] { "visitor" }, Retention = "P3Y")]
                public string Email { get; set; } = "";
            }
            """),
        ("Leaks.cs", $$"""
            using System;
            using System.Diagnostics.CodeAnalysis;

            namespace Fixture;

            public static class Leaks
            {
                public static void Loud(Customer customer)
                {
                    {{MarkupComment}}
                    Console.WriteLine(customer.Email); {{LoudLeak}}
                    Console.WriteLine(customer.Id);
                }

                public static void Pragma(Customer customer)
                {
            #pragma warning disable PIIT01, PII001
                    Console.WriteLine(customer.Email); {{PragmaSuppressed}}
            #pragma warning restore PIIT01, PII001
                }

                [SuppressMessage("PiiGuard.Test", "PIIT01", Justification = "Fixture")]
                [SuppressMessage("PiiGuard.Exposure", "PII001", Justification = "Fixture")]
                public static void Attributed(Customer customer) => Console.WriteLine(customer.Email); {{AttributeSuppressed}}
            }
            """),
        ("Quiet.cs", $$"""
            namespace Fixture;

            public static class Quiet
            {
                public static void Run(Customer customer) => System.Console.WriteLine(customer.Email); {{QuietLeak}}
            }
            """),
        ("Strict.cs", $$"""
            namespace Fixture;

            public static class Strict
            {
                public static void Run(Customer customer) => System.Console.WriteLine(customer.Email); {{StrictLeak}}
            }
            """),
    ];
}
