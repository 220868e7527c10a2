using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.StoreLocalizationAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII011 on personal values (not only entities) saved through a store abroad, and raw SQL run on its context.</summary>
public sealed class StoreLocalizationValueTests
{
    /// <summary>Entity Framework Core's raw-SQL surface, by metadata name.</summary>
    private const string EntityFramework = """

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { public Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; } = new(); }
            public static class RelationalDatabaseFacadeExtensions
            {
                public static int ExecuteSqlRaw(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database, string sql, params object[] parameters) => 0;
                public static int ExecuteSqlInterpolated(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database, System.FormattableString sql) => 0;
                public static System.Threading.Tasks.Task<int> ExecuteSqlAsync(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database, System.FormattableString sql) => null!;
            }
        }
        namespace Microsoft.EntityFrameworkCore.Infrastructure
        {
            public class DatabaseFacade { }
        }

        [Allio.PiiGuard.PiiStore("eu-archive")]
        public class ArchiveContext : Microsoft.EntityFrameworkCore.DbContext { }

        [Allio.PiiGuard.PiiStore("crm-db")]
        public class LocalContext : Microsoft.EntityFrameworkCore.DbContext { }

        [Allio.PiiGuard.PiiStore("eu-archive")]
        public class ContactArchive
        {
            public void SaveEmail(int id, string email) { }
            public void AddNote(int id, string note) { }
            public void Store(object record) { }
            public string? FindLogin(int id) => null;
            public string? FindByEmail(string email) => null;
            public string Addressee(string email) => email;
        }
        """;

    private static Task VerifyAsync(string code) =>
        Verify.VerifyAsync("using Microsoft.EntityFrameworkCore;\n" + TestModel.With(code) + EntityFramework, TestPolicies.Seed);

    [Fact]
    public Task Personal_values_saved_abroad_warn() => VerifyAsync("""
        class Service
        {
            void Keep(ContactArchive archive, User u)
            {
                archive.SaveEmail(u.Id, {|PII011:u.Email|});
                var note = "call " + u.Phone;
                archive.AddNote(u.Id, {|PII011:note|});
                archive.Store(new { u.Id, {|PII011:u.Diagnosis|} });
            }
        }
        """);

    [Fact]
    public Task Raw_sql_with_personal_data_on_a_context_abroad_warns() => VerifyAsync("""
        class Service
        {
            async System.Threading.Tasks.Task Keep(ArchiveContext db, User u)
            {
                db.Database.ExecuteSqlRaw("INSERT INTO Contacts VALUES ({0}, {1})", u.Id, {|PII011:u.Email|});
                db.Database.ExecuteSqlRaw("INSERT INTO Contacts VALUES ('" + {|PII011:u.Phone|} + "')");
                db.Database.ExecuteSqlInterpolated($"INSERT INTO Contacts VALUES ({u.Id}, {{|PII011:u.Email|}})");
                await db.Database.ExecuteSqlAsync($"UPDATE Contacts SET Phone = {{|PII011:u.Phone|}}");
            }
        }
        """);

    [Fact]
    public Task Values_without_personal_data_local_stores_and_lookups_are_clean() => VerifyAsync("""
        class Service
        {
            void Keep(ArchiveContext db, LocalContext local, ContactArchive archive, User u)
            {
                archive.SaveEmail(u.Id, u.Login);
                archive.AddNote(u.Id, "length " + u.Email.Length);
                archive.FindLogin(u.Id);
                archive.FindByEmail(u.Email);
                archive.Addressee(u.Email);
                archive.Store(new { u.Id, u.Login });
                db.Database.ExecuteSqlRaw("DELETE FROM Contacts WHERE Id = {0}", u.Id);
                db.Database.ExecuteSqlInterpolated($"DELETE FROM Contacts WHERE Id = {u.Id}");
                local.Database.ExecuteSqlRaw("INSERT INTO Contacts VALUES ({0})", u.Email);
                archive.SaveEmail(u.Id, Allio.PiiGuard.PiiRedact.Mask(u.Email));
            }
        }
        """);
}
