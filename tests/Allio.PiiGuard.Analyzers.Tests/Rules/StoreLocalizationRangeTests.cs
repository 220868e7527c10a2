using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.StoreLocalizationAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII011 through EF Core's range and attach calls, on a set obtained from a context stored abroad.</summary>
public sealed class StoreLocalizationRangeTests
{
    private const string Entities = """

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbSet<T> where T : class
            {
                public void Add(T entity) { }
                public void AddRange(IEnumerable<T> entities) { }
                public void UpdateRange(params T[] entities) { }
                public void Attach(T entity) { }
                public void AttachRange(IEnumerable<T> entities) { }
                public void Remove(T entity) { }
            }

            public class DbContext
            {
                public DbSet<T> Set<T>() where T : class => new();
                public void Add(object entity) { }
                public void AddRange(IEnumerable<object> entities) { }
                public int SaveChanges() => 0;
            }
        }

        public class Visitor
        {
            public int Id { get; set; }

            [Pii(Kind = PiiKind.Email, Purposes = ["marketing"])]
            public string Email { get; set; } = "";
        }

        public class Product
        {
            public string Title { get; set; } = "";
        }

        [PiiStore("eu-archive")]
        public class ArchiveContext : DbContext
        {
            public DbSet<Product> Products { get; set; } = null!;
        }

        [PiiStore("crm-db")]
        public class CrmContext : DbContext { }
        """;

    private static Task VerifyAsync(string code) => Verify.VerifyAsync(
        "using System.Collections.Generic;\nusing Allio.PiiGuard;\nusing Microsoft.EntityFrameworkCore;\n" + code + Entities,
        TestPolicies.Create(crmCountry: "RU"));

    [Fact]
    public Task Ranges_and_attach_on_a_set_of_a_context_abroad() => VerifyAsync("""
        public class Service
        {
            public void Keep(ArchiveContext db, List<Visitor> visitors, Visitor one)
            {
                db.Set<Visitor>().AddRange({|PII011:visitors|});
                db.Set<Visitor>().UpdateRange({|PII011:one|});
                db.Set<Visitor>().Attach({|PII011:one|});
                db.Set<Visitor>().AttachRange({|PII011:visitors|});
                db.AddRange({|PII011:visitors|});
                var set = db.Set<Visitor>();
                set.Add({|PII011:one|});
                db.SaveChanges();
            }
        }
        """);

    [Fact]
    public Task Ranges_of_clean_entities_or_into_a_store_at_home_are_quiet() => VerifyAsync("""
        public class Service
        {
            public void Keep(ArchiveContext db, CrmContext home, List<Product> products, List<Visitor> visitors, Visitor one)
            {
                db.Products.AddRange(products);
                db.Set<Product>().AttachRange(products);
                db.AddRange(products);
                db.Set<Visitor>().Remove(one);
                home.Set<Visitor>().AddRange(visitors);
                home.AddRange(visitors);
            }
        }
        """);
}
