using Allio.PiiGuard.EntityFrameworkCore;
using Allio.PiiGuard.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Allio.PiiGuard.EntityFrameworkCore.Tests;

/// <summary>A real SQLite file in a temp folder, with a fake clock and an in-memory audit sink, deleted at the end.</summary>
public sealed class ShopDatabase : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("piiguard-ef-").FullName;

    public ShopDatabase()
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "shop.db"), Pooling = false }.ToString();
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));

    public InMemoryPiiAuditSink Audit { get; } = new();

    public ShopContext NewContext(IPiiAuditSink? sink = null) => new(new DbContextOptionsBuilder<ShopContext>()
        .UseSqlite(ConnectionString)
        .UsePiiGuard(options =>
        {
            options.AuditSink = sink ?? Audit;
            options.TimeProvider = Clock;
        })
        .Options);

    /// <summary>Every value of every table, read with plain SQL: what a look at the file would find.</summary>
    public List<string> EveryStoredValue() => SqliteFileContents.Read(ConnectionString).Values;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
