using Allio.PiiGuard.EntityFrameworkCore.Audit;
using Microsoft.EntityFrameworkCore;

namespace Allio.PiiGuard.EntityFrameworkCore.Tests;

/// <summary>The action log of §4.1.5 for ordinary entities: the interceptor's events and their table in the same database.</summary>
public sealed class ActionLogTests : IDisposable
{
    private readonly ShopDatabase database = new();

    [Fact]
    public async Task CreateUpdateAndDeleteReportCollectionUpdateAndDestructionOfPersonalMembersOnly()
    {
        await using var context = database.NewContext();
        var customer = new Customer { Email = Shop.Anna, Name = "Anna" };
        context.Customers.Add(customer);
        context.Products.Add(new Product { Title = "Kettle" });
        using (PiiAudit.BeginPurpose("orders"))
        {
            await context.SaveChangesAsync();
        }

        customer.Name = "Anya";
        customer.LoyaltyPoints = 5;
        await context.SaveChangesAsync();
        context.Customers.Remove(customer);
        await context.SaveChangesAsync();

        Assert.Equal(
            ["Collection Email orders", "Collection Name orders", "Update Name -", "Destruction Email -", "Destruction Name -"],
            database.Audit.Events.Select(e => $"{e.Action} {e.Member} {e.Purpose ?? "-"}"));
        Assert.All(database.Audit.Events, e => Assert.Equal(PiiSubjectReference.Of(Shop.Anna), e.Subject));
        Assert.All(database.Audit.Events, e => Assert.Equal(database.Clock.GetUtcNow(), e.Timestamp));
    }

    [Fact]
    public void ASynchronousSaveReportsChangesFoundByItsOwnDetection()
    {
        using var context = database.NewContext();
        var customer = new Customer { Email = Shop.Anna, Name = "Anna" };
        context.Customers.Add(customer);
        context.SaveChanges();
        database.Audit.Clear();

        customer.Email = Shop.Boris; // not marked modified by hand: only change detection sees it
        customer.LoyaltyPoints = 3;
        context.SaveChanges();

        Assert.Equal(["Update Email"], database.Audit.Events.Select(e => $"{e.Action} {e.Member}"));
        Assert.Equal(PiiSubjectReference.Of(Shop.Boris), Assert.Single(database.Audit.Events).Subject);
    }

    [Fact]
    public async Task WithAutomaticDetectionOffTheEntriesAsMarkedAreReportedAndDetectionStaysOff()
    {
        await using var context = database.NewContext();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        var customer = new Customer { Email = Shop.Anna, Name = "Anna" };
        context.Customers.Add(customer);
        await context.SaveChangesAsync();

        customer.Name = "Anya";
        customer.Email = "anna.new@example.ru";
        context.Entry(customer).Property(c => c.Name).IsModified = true; // only Name is marked: Email is not saved
        await context.SaveChangesAsync();

        Assert.Equal(["Collection Email", "Collection Name", "Update Name"], database.Audit.Events.Select(e => $"{e.Action} {e.Member}"));
        Assert.False(context.ChangeTracker.AutoDetectChangesEnabled);
    }

    [Fact]
    public async Task AChangeMadeByALaterInterceptorIsReportedAsSaved()
    {
        var normalizer = new NameNormalizer();
        var options = new DbContextOptionsBuilder<ShopContext>()
            .UseSqlite(database.ConnectionString)
            .UsePiiGuard(piiGuard => piiGuard.AuditSink = database.Audit)
            .AddInterceptors(normalizer)
            .Options;
        await using var context = new ShopContext(options);
        var customer = new Customer { Email = Shop.Anna, Name = "Anna" };
        context.Customers.Add(customer);
        await context.SaveChangesAsync();
        database.Audit.Clear();

        customer.LoyaltyPoints = 7;
        normalizer.Rename = "anya"; // at this save the normalizer, running after PiiGuard's interceptor, changes Name
        await context.SaveChangesAsync();

        Assert.Equal("Anya", customer.Name);
        Assert.Equal(2, normalizer.Renamed);
        Assert.Equal(["Update Name"], database.Audit.Events.Select(e => $"{e.Action} {e.Member}"));
    }

    /// <summary>
    /// Before a save, renames customers to <see cref="Rename"/> when set, then capitalises names; it looks at the
    /// entries first, which detects changes once more before <c>SaveChanges</c> does.
    /// </summary>
    private sealed class NameNormalizer : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        public string? Rename { get; set; }

        public int Renamed { get; private set; }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            foreach (var entry in eventData.Context!.ChangeTracker.Entries<Customer>())
            {
                Renamed++;
                entry.Entity.Name = Rename ?? entry.Entity.Name;
                if (entry.Entity.Name is { Length: > 0 } name && char.IsLower(name[0]))
                {
                    entry.Entity.Name = char.ToUpperInvariant(name[0]) + name[1..];
                }
            }

            return ValueTask.FromResult(result);
        }
    }

    [Fact]
    public async Task ALargeSaveNamesEverySubjectByItsOwnKeyWithOrWithoutASecret()
    {
        // 500 subjects: enough for the names to be computed beside the database's work rather than inline.
        var secret = "officer's secret"u8.ToArray();
        foreach (var key in new[] { null, secret })
        {
            var options = new DbContextOptionsBuilder<ShopContext>()
                .UseSqlite(database.ConnectionString)
                .UsePiiGuard(piiGuard => (piiGuard.AuditSink, piiGuard.SubjectReferenceKey) = (database.Audit, key))
                .Options;
            await using var context = new ShopContext(options);
            var emails = Enumerable.Range(0, 500).Select(i => $"{key?.Length ?? 0}-{i}@example.ru").ToList();
            context.Customers.AddRange(emails.Select(email => new Customer { Email = email, Name = "N" }));
            database.Audit.Clear();
            context.SaveChanges();

            Assert.Equal(
                emails.SelectMany(email => Enumerable.Repeat(PiiSubjectReference.Of(email, key), 2)),
                database.Audit.Events.Select(e => e.Subject));
        }
    }

    [Fact]
    public async Task AFailedSaveReportsNothing()
    {
        await using var context = database.NewContext();
        context.Customers.Add(new Customer { Id = 1, Email = Shop.Anna });
        await context.SaveChangesAsync();
        database.Audit.Clear();

        await using var other = database.NewContext();
        other.Customers.Add(new Customer { Id = 1, Email = Shop.Boris }); // same primary key: the insert fails
        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());

        Assert.Empty(database.Audit.Events);
    }

    [Fact]
    public async Task TheActionLogTableHoldsEveryActionAndNoPersonalValue()
    {
        await using (var sink = new PiiActionLogSink(() => database.NewContext(sink: new InMemoryPiiAuditSink())))
        {
            Shop.Seed(database); // through its own sink: collection is logged below by the interceptor of a context using this one
            await using var context = database.NewContext(sink);
            context.Customers.Add(new Customer { Email = "clara@example.ru", Name = "Clara" });
            await context.SaveChangesAsync();
            await context.ExportSubjectAsync(Shop.Anna);
            await context.EraseSubjectAsync(Shop.Anna);
            await sink.FlushAsync();
            Assert.Equal(0, sink.Dropped);
        }

        await using var check = database.NewContext();
        var log = await check.Set<PiiActionLogEntry>().OrderBy(entry => entry.Id).ToListAsync();
        Assert.Equal(2, log.Count(entry => entry.Action == "Collection"));
        Assert.Equal(9, log.Count(entry => entry.Action == "Transfer"));
        Assert.Equal(7, log.Count(entry => entry.Action == "Destruction"));
        Assert.Equal(2, log.Count(entry => entry.Action == "Erasure"));
        Assert.Contains(log, entry => entry is { Entity: "Order", Member: "ShippingAddress", Kind: "PostalAddress" } && entry.Subject == PiiSubjectReference.Of(Shop.Anna));

        var stored = database.EveryStoredValue();
        Assert.DoesNotContain(stored, value => value.Contains("anna", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("clara@example.ru", stored); // the check itself can fail: Clara's data is still held
    }

    public void Dispose() => database.Dispose();
}
