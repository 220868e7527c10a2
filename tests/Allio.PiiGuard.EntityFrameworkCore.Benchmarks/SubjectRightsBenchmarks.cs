using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Allio.PiiGuard.EntityFrameworkCore.Benchmarks;

/// <summary>
/// Export and erasure of one subject holding 1,000 rows across 5 tables of a SQLite file (goal: under 200 ms each),
/// among the rows of 20 other subjects.
/// </summary>
/// <remarks>One invocation per iteration: each erasure needs the rows its iteration setup put back.</remarks>
[MemoryDiagnoser]
[InvocationCount(1)]
public class SubjectRightsBenchmarks
{
    private readonly string folder = Directory.CreateTempSubdirectory("piiguard-ef-bench-").FullName;
    private readonly Guid subject = Guid.NewGuid();
    private DbContextOptions<CrmContext> options = null!;

    [GlobalSetup]
    public void Create()
    {
        options = new DbContextOptionsBuilder<CrmContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "crm.db")}")
            .UsePiiGuard(piiGuard => piiGuard.AuditSink = new CountingSink())
            .Options;
        using var context = new CrmContext(options);
        context.Database.EnsureCreated();
        for (var other = 0; other < 20; other++)
        {
            context.AddRows(Guid.NewGuid(), perTable: 200);
        }

        context.SaveChanges();
        Refill();
    }

    /// <summary>Erasure destroys the subject: put the 1,000 rows back before each erasure.</summary>
    [IterationSetup(Target = nameof(EraseSubject))]
    public void Refill()
    {
        using var context = new CrmContext(options);
        if (!context.Set<Inquiry>().Any(row => row.SubjectId == subject))
        {
            context.AddRows(subject, perTable: 200);
            context.SaveChanges();
        }
    }

    [Benchmark]
    public async Task<int> ExportSubject()
    {
        await using var context = new CrmContext(options);
        return (await context.ExportSubjectAsync(subject)).RecordCount;
    }

    [Benchmark]
    public async Task<int> EraseSubject()
    {
        await using var context = new CrmContext(options);
        return (await context.EraseSubjectAsync(subject)).RecordCount;
    }

    [GlobalCleanup]
    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
