using System.Text;

namespace Allio.PiiGuard.Cli.Tests.Fixtures;

/// <summary>
/// A project nobody annotated yet, as <c>annotate</c>, <c>init</c> and <c>scan --buildless</c> meet one: a customer with
/// an e-mail and a phone number and no marks, a leak of the e-mail into an exception, a store, a generated file and a
/// file linked from outside the project folder (both must stay untouched). <c>Customer.cs</c> is stored with a
/// byte-order mark and CRLF line ends, which annotation must keep.
/// </summary>
public sealed class UnannotatedProject : IDisposable
{
    /// <summary>The comment on the line of the leak.</summary>
    public const string Leak = "// LEAK";

    private UnannotatedProject(string root) => Root = root;

    /// <summary>The folder holding <c>Shop/</c> (the project) and <c>Shared/</c> (outside it).</summary>
    public string Root { get; }

    /// <summary>The project folder.</summary>
    public string ProjectFolder => Path.Combine(Root, "Shop");

    /// <summary>The project file.</summary>
    public string ProjectFile => Path.Combine(ProjectFolder, "Shop.csproj");

    /// <summary>A path under the project folder.</summary>
    public string PathOf(string file) => Path.Combine(ProjectFolder, file);

    /// <summary>Writes the files; with <paramref name="restore"/> restores them (no package, so no download).</summary>
    /// <param name="extraProjectItems">Items added to the project file (a package that cannot be restored, for buildless tests).</param>
    public static async Task<UnannotatedProject> CreateAsync(bool restore = true, string extraProjectItems = "")
    {
        var root = TempFolder.Create();
        var project = new UnannotatedProject(root);
        Directory.CreateDirectory(project.ProjectFolder);
        Directory.CreateDirectory(Path.Combine(root, "Shared"));
        await File.WriteAllTextAsync(project.ProjectFile, ProjectText.Replace("<!-- EXTRA -->", extraProjectItems, StringComparison.Ordinal));
        foreach (var (name, text) in Files)
        {
            await File.WriteAllTextAsync(Path.Combine(root, name), text.ReplaceLineEndings("\n"));
        }

        await File.WriteAllTextAsync(project.PathOf("Customer.cs"), CustomerText.ReplaceLineEndings("\r\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        if (restore)
        {
            await FixtureProject.RestoreAsync(project.ProjectFile);
        }

        return project;
    }

    /// <summary>The 1-based line holding <paramref name="marker"/>.</summary>
    public int LineOf(string file, string marker) =>
        Array.FindIndex(File.ReadAllLines(PathOf(file)), line => line.Contains(marker, StringComparison.Ordinal)) + 1;

    /// <summary>Every file below the root with its bytes, to prove what did not change.</summary>
    public Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(file => file, File.ReadAllBytes);

    /// <inheritdoc />
    public void Dispose() => TempFolder.Delete(Root);

    private const string ProjectText = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <AdditionalFiles Include="piiguard.json" Condition="Exists('piiguard.json')" />
            <Compile Include="../Shared/Contact.cs" />
            <!-- EXTRA -->
          </ItemGroup>
        </Project>
        """;

    private const string CustomerText = """
        namespace Shop;

        public class Customer
        {
            public int Id { get; set; }

            public string Email { get; set; } = "";

            public string Phone { get; set; } = "";
        }

        """;

    private static readonly (string Name, string Text)[] Files =
    [
        ("Shop/Vocabulary.cs", """
            // The fixture's own copy of the vocabulary: the analyzers and the fix recognise it by metadata name.
            namespace Allio.PiiGuard
            {
                public enum PiiKind { Unspecified, Email, Phone, FirstName, LastName }

                [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Parameter | System.AttributeTargets.ReturnValue)]
                public class PiiAttribute : System.Attribute
                {
                    public PiiKind Kind { get; set; }
                    public string[] Purposes { get; set; } = System.Array.Empty<string>();
                    public string[] Subjects { get; set; } = System.Array.Empty<string>();
                    public string? Retention { get; set; }
                }

                [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Parameter | System.AttributeTargets.ReturnValue)]
                public sealed class NotPiiAttribute : System.Attribute { }

                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class PiiStoreAttribute : System.Attribute
                {
                    public PiiStoreAttribute(string id) => Id = id;
                    public string Id { get; }
                }
            }
            """),
        ("Shop/Orders.cs", $$"""
            using System;
            using System.Collections.Generic;
            using Allio.PiiGuard;

            namespace Shop;

            [PiiStore("orders-db")]
            public sealed class OrderStore
            {
                public List<Customer> Customers { get; } = new();
            }

            public static class Checkout
            {
                public static Customer Find(OrderStore store, int id) =>
                    store.Customers.Find(customer => customer.Id == id)
                    ?? throw new InvalidOperationException("No order for " + store.Customers[0].Email); {{Leak}}
            }
            """),
        ("Shop/Generated.g.cs", """
            // <auto-generated/>
            namespace Shop;

            public class GeneratedContact
            {
                public string Email { get; set; } = "";
            }
            """),
        ("Shared/Contact.cs", """
            namespace Shop;

            public class Contact
            {
                public string Email { get; set; } = "";
            }
            """),
    ];
}
