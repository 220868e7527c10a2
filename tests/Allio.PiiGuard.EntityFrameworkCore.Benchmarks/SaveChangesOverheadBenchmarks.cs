using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Allio.PiiGuard.EntityFrameworkCore.Benchmarks;

/// <summary>
/// The action-log interceptor's cost on <c>SaveChanges</c> of 1,000 changed entities (goal: under 10 %): the same
/// update saved by a context without PiiGuard (baseline) and by one with it, reporting to a sink that only counts.
/// </summary>
[MemoryDiagnoser]
public class SaveChangesOverheadBenchmarks
{
    private readonly string folder = Directory.CreateTempSubdirectory("piiguard-ef-save-").FullName;
    private CrmContext plain = null!;
    private CrmContext guarded = null!;
    private int round;

    [GlobalSetup]
    public void Create()
    {
        var database = $"Data Source={Path.Combine(folder, "crm.db")}";
        using (var seed = new CrmContext(new DbContextOptionsBuilder<CrmContext>().UseSqlite(database).Options))
        {
            seed.Database.EnsureCreated();
            for (var subject = 0; subject < 1000; subject++)
            {
                seed.Add(new Application { SubjectId = Guid.NewGuid(), LastName = "Ivanova", Phone = "+7 900 000-00-00" });
            }

            seed.SaveChanges();
        }

        plain = Load(new DbContextOptionsBuilder<CrmContext>().UseSqlite(database).Options);
        guarded = Load(new DbContextOptionsBuilder<CrmContext>().UseSqlite(database).UsePiiGuard(piiGuard => piiGuard.AuditSink = new CountingSink()).Options);
    }

    [Benchmark(Baseline = true)]
    public int SaveWithoutPiiGuard() => ChangeAndSave(plain);

    [Benchmark]
    public int SaveWithPiiGuard() => ChangeAndSave(guarded);

    [GlobalCleanup]
    public void Delete()
    {
        plain.Dispose();
        guarded.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static CrmContext Load(DbContextOptions<CrmContext> options)
    {
        var context = new CrmContext(options);
        _ = context.Set<Application>().ToList();
        return context;
    }

    /// <summary>Changes one personal member of every tracked row (a new value each round) and saves.</summary>
    private int ChangeAndSave(CrmContext context)
    {
        var phone = $"+7 900 {++round:000-00-00}";
        foreach (var application in context.Set<Application>().Local)
        {
            application.Phone = phone;
        }

        return context.SaveChanges();
    }
}
