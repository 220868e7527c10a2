using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.StoreLocalizationAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public class StoreLocalizationAnalyzerTests
{
    /// <summary>Stand-ins for Entity Framework Core, matched by metadata name like the real ones.</summary>
    private const string Entities = """

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbSet<T> where T : class { public void Add(T entity) { } }

            public class DbContext
            {
                public void Add(object entity) { }
                public void AddRange(params object[] entities) { }
                public int SaveChanges() => 0;
            }
        }

        public class Visitor
        {
            public int Id { get; set; }

            [Pii(Kind = PiiKind.Email, Purposes = ["marketing"])]
            public string Email { get; set; } = "";

            [Pii(Kind = PiiKind.Phone, Purposes = ["marketing"])]
            public string Phone { get; set; } = "";
        }

        [Pii(Purposes = ["recruiting"])]
        public class Applicant
        {
            public string LastName { get; set; } = "";
        }

        public class Product
        {
            public string Title { get; set; } = "";
        }
        """;

    private const string CrmContext = """
        [PiiStore("crm-db")]
        public class CrmContext : DbContext
        {
            public DbSet<Visitor> {|#0:Visitors|} { get; set; } = null!;
            public DbSet<Product> Products { get; set; } = null!;
        }
        """;

    private static Task VerifyAsync(string code, string? policy, params DiagnosticResult[] expected) => Verify.VerifyAsync(
        "using System.Collections.Generic;\nusing Allio.PiiGuard;\nusing Microsoft.EntityFrameworkCore;\n" + code + Entities,
        policy,
        expected);

    private static DiagnosticResult Localization(int location, string entity, string kinds, string store, string country, string jurisdiction) =>
        new DiagnosticResult(StoreLocalizationAnalyzer.Rule).WithLocation(location).WithArguments(entity, kinds, store, country, jurisdiction);

    // ---- positive ----

    [Fact]
    public Task DbSet_in_a_context_stored_abroad() => VerifyAsync(
        CrmContext,
        TestPolicies.Create(crmCountry: "DE"),
        Localization(0, "'Visitor'", "Email, Phone", "crm-db", "DE", "RU"));

    [Fact]
    public Task DbSet_is_fine_when_jurisdiction_follows_the_store_but_not_the_other_way() => VerifyAsync(
        CrmContext,
        TestPolicies.Create(jurisdiction: "DE", crmCountry: "RU"),
        Localization(0, "'Visitor'", "Email, Phone", "crm-db", "RU", "DE"));

    [Fact]
    public Task DbSet_of_a_class_marked_type() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class ArchiveContext : DbContext
        {
            public DbSet<Applicant> {|#0:Applicants|} { get; set; } = null!;
        }
        """,
        TestPolicies.Seed,
        Localization(0, "'Applicant'", "PersonalData", "eu-archive", "DE", "RU"));

    [Fact]
    public Task Add_on_a_context_abroad_is_reported_at_the_argument() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class ArchiveContext : DbContext { }

        public class Service
        {
            public void Keep(ArchiveContext db, Visitor visitor)
            {
                db.Add({|#0:visitor|});
                db.SaveChanges();
            }
        }
        """,
        TestPolicies.Seed,
        Localization(0, "'Visitor'", "Email, Phone", "eu-archive", "DE", "RU"));

    [Fact]
    public Task Repository_save_insert_and_upsert() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class VisitorRepository
        {
            public void Save(Visitor v) { }
            public void InsertMany(IEnumerable<Visitor> v) { }
            public void UpsertAsync(Applicant[] a) { }
        }

        public class Service
        {
            public void Keep(VisitorRepository repository, Visitor v, List<Visitor> all, Applicant[] applicants)
            {
                repository.Save({|PII011:v|});
                repository.InsertMany({|PII011:all|});
                repository.UpsertAsync({|PII011:applicants|});
            }
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Store_declared_on_an_interface() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public interface IArchive
        {
            void Update(Visitor v);
        }

        public class Service
        {
            public void Keep(IArchive archive, Visitor v) => archive.Update({|PII011:v|});
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Params_elements_are_each_reported() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class ArchiveContext : DbContext { }

        public class Service
        {
            public void Keep(ArchiveContext db, Visitor v, Product p) => db.AddRange({|PII011:v|}, p);
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Calls_inside_the_repository_itself() => VerifyAsync("""
        [PiiStore("crm-db")]
        public class VisitorRepository
        {
            public void Attach(Visitor v) { }

            public void Import(Visitor v) => Attach({|PII011:v|});
        }
        """,
        TestPolicies.Create(crmCountry: "US"));

    [Fact]
    public Task Derived_context_inherits_the_store() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class ArchiveContext : DbContext { }

        public class TenantArchiveContext : ArchiveContext
        {
            public DbSet<Visitor> {|PII011:Visitors|} { get; set; } = null!;
        }
        """,
        TestPolicies.Seed);

    // ---- negative ----

    [Fact]
    public Task Same_context_is_fine_when_the_store_is_in_the_jurisdiction() => VerifyAsync(
        CrmContext.Replace("{|#0:Visitors|}", "Visitors"),
        TestPolicies.Seed);

    [Fact]
    public Task Foreign_store_is_fine_under_its_own_jurisdiction() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class ArchiveContext : DbContext
        {
            public DbSet<Visitor> Visitors { get; set; } = null!;
        }
        """,
        TestPolicies.Create(jurisdiction: "DE"));

    [Fact]
    public Task Entities_without_personal_data_are_fine() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class ArchiveContext : DbContext
        {
            public DbSet<Product> Products { get; set; } = null!;

            public void Keep(Product p, string title, int id)
            {
                Add(p);
                Add(title);
                Add(id);
            }
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task No_policy_is_silent() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class ArchiveContext : DbContext
        {
            public DbSet<Visitor> Visitors { get; set; } = null!;
        }
        """,
        policy: null);

    [Fact]
    public Task Unknown_store_is_silent() => VerifyAsync("""
        [PiiStore("nowhere")]
        public class ArchiveContext : DbContext
        {
            public DbSet<Visitor> Visitors { get; set; } = null!;
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Broken_policy_is_silent() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class ArchiveContext : DbContext
        {
            public DbSet<Visitor> Visitors { get; set; } = null!;
        }
        """,
        """{ "jurisdiction": "RU", "stores": [ { "id": "eu-archive", "country": "DE" """);

    [Fact]
    public Task Types_without_a_store_are_ignored() => VerifyAsync("""
        public class LocalContext : DbContext
        {
            public DbSet<Visitor> Visitors { get; set; } = null!;

            public void Keep(Visitor v) => Add(v);
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Non_save_calls_on_a_foreign_store_are_ignored() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class VisitorRepository
        {
            public bool Contains(Visitor v) => false;
            public void Remove(Visitor v) { }
            public void AddressBook() { }
        }

        public class Service
        {
            public void Check(VisitorRepository repository, Visitor v)
            {
                repository.Contains(v);
                repository.Remove(v);
                repository.AddressBook();
            }
        }
        """,
        TestPolicies.Seed);

    [Fact]
    public Task Policy_without_jurisdiction_is_silent() => VerifyAsync("""
        [PiiStore("eu-archive")]
        public class ArchiveContext : DbContext
        {
            public DbSet<Visitor> Visitors { get; set; } = null!;
        }
        """,
        TestPolicies.Seed.Replace("\"jurisdiction\": \"RU\",", ""));
}
