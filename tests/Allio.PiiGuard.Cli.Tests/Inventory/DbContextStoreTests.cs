using Allio.PiiGuard.Cli.Inventory;
using Allio.PiiGuard.Cli.Reporting;
using Allio.PiiGuard.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.Cli.Tests.Inventory;

/// <summary>The inventory lists, per <c>[PiiStore]</c> EF Core context, its tables and their personal columns.</summary>
public sealed class DbContextStoreTests
{
    // The vocabulary and EF Core as the collector sees them: by metadata name, so small stand-ins compile in memory.
    private const string Vocabulary = """
        namespace Allio.PiiGuard
        {
            public enum PiiKind { Email, LastName, Phone }
            public class PiiAttribute : System.Attribute { public PiiKind Kind { get; set; } }
            public sealed class PiiStoreAttribute(string id) : System.Attribute { public string Id { get; } = id; }
        }
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<T> where T : class { }
        }
        namespace System.ComponentModel.DataAnnotations.Schema
        {
            public sealed class TableAttribute(string name) : System.Attribute { public string Name { get; } = name; }
        }
        """;

    private const string Crm = """
        using Allio.PiiGuard;
        using Microsoft.EntityFrameworkCore;
        using System.ComponentModel.DataAnnotations.Schema;

        public class Inquiry
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            [Pii(Kind = PiiKind.LastName)] public string LastName { get; set; } = "";
        }

        [Table("cvs")]
        public class Application
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = "";
        }

        public class Setting { public int Id { get; set; } public string Value { get; set; } = ""; }

        [PiiStore("crm-db")]
        public class CrmDbContext : DbContext
        {
            public DbSet<Inquiry> Inquiries { get; set; } = null!;
            public DbSet<Application> Applications { get; set; } = null!;
            public DbSet<Setting> Settings { get; set; } = null!;
        }

        public class CacheDbContext : DbContext
        {
            public DbSet<Inquiry> Inquiries { get; set; } = null!;
        }
        """;

    [Fact]
    public void A_store_context_lists_its_tables_with_their_personal_columns_only()
    {
        var tables = Collect(Crm).Tables;

        Assert.All(tables, table => Assert.Equal("crm-db", table.StoreId));
        Assert.Equal(["Inquiries", "Settings", "cvs"], tables.Select(table => table.Table));
        var inquiries = tables.Single(table => table.Table == "Inquiries");
        Assert.Equal("Inquiry", inquiries.Entity);
        Assert.Equal<StoreColumn>([new StoreColumn("Email", "Email"), new StoreColumn("LastName", "LastName")], inquiries.Columns);
        Assert.Equal<StoreColumn>([new StoreColumn("Phone", "Phone")], tables.Single(table => table.Table == "cvs").Columns);
        Assert.Empty(tables.Single(table => table.Table == "Settings").Columns);
        Assert.DoesNotContain(tables.SelectMany(table => table.Columns), column => column.Name == "Id");
    }

    [Fact]
    public void A_context_without_PiiStore_lists_nothing()
    {
        var tables = Collect(Crm.Replace("[PiiStore(\"crm-db\")]", "", StringComparison.Ordinal)).Tables;

        Assert.Empty(tables);
    }

    [Fact]
    public void The_record_puts_each_store_in_its_policy_country_and_the_reports_show_its_tables()
    {
        var source = new PolicySource("piiguard.json", []) { Policy = PiiPolicyLoader.Load(SampleRecords.PolicyJson).Policy };
        var record = ProcessingRecordBuilder.Build(Collect(Crm), source, []);

        var store = Assert.Single(record.Stores);
        Assert.Equal(("crm-db", "CRM database", "RU", false), (store.Id, store.Title, store.Country, store.IsForeign));
        var json = InventoryJson.Build(record)["stores"]!.ToJsonString();
        Assert.Contains("\"table\":\"cvs\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"Email\",\"kind\":\"Email\"}", json, StringComparison.Ordinal);
        var markdown = new System.Text.StringBuilder();
        InventoryMarkdown.Append(markdown, record, "en");
        Assert.Contains("| Inquiries | `Inquiry` | Email (Email), LastName (LastName) |", markdown.ToString(), StringComparison.Ordinal);
    }

    private static CodeInventory Collect(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Crm",
            [CSharpSyntaxTree.ParseText(Vocabulary), CSharpSyntaxTree.ParseText(source, path: "/repo/Crm.cs")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        return new CodeInventoryCollector(new RepositoryPaths("/repo")).Collect(compilation);
    }
}
