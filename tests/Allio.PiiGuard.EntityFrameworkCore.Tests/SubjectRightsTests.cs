using Microsoft.EntityFrameworkCore;

namespace Allio.PiiGuard.EntityFrameworkCore.Tests;

/// <summary>Access (§5.4) and erasure (§5.3) of one subject whose rows span several tables of a SQLite file.</summary>
public sealed class SubjectRightsTests : IDisposable
{
    private readonly ShopDatabase database = new();

    public SubjectRightsTests() => Shop.Seed(database);

    [Fact]
    public async Task ExportReturnsEveryRowOfTheSubjectGroupedByEntityAndNothingOfOthers()
    {
        await using var context = database.NewContext();

        var export = await context.ExportSubjectAsync(Shop.Anna);

        Assert.Equal(["Customer", "Order", "SupportTicket"], export.Entities.Select(entity => entity.Entity).Order());
        Assert.Equal(4, export.RecordCount);
        var orders = export.Entities.Single(entity => entity.Entity == "Order");
        Assert.Equal("Orders", orders.Table);
        Assert.Equal(["Nevsky 2, Saint Petersburg", "Tverskaya 1, Moscow"], orders.Records.Select(r => (string?)r.Members.Single(m => m.Name == "ShippingAddress").Value).Order());
        var address = orders.Records[0].Members.Single(member => member.Name == "ShippingAddress");
        Assert.Equal(PiiKind.PostalAddress, address.Kind);
        Assert.Equal("P3Y", address.Retention);
        Assert.DoesNotContain(export.Entities.SelectMany(e => e.Records).SelectMany(r => r.Members), member => Equals(member.Value, Shop.Boris) || Equals(member.Value, "Boris"));
    }

    [Fact]
    public async Task ExportReportsEachDisclosedMemberAsATransferOfTheSubjectWithoutItsValue()
    {
        await using var context = database.NewContext();

        await context.ExportSubjectAsync(Shop.Anna);

        var events = database.Audit.Events;
        Assert.Equal(2 + (2 * 2) + 3, events.Count); // Customer 2 members, 2 orders × 2, 1 ticket × 3
        Assert.All(events, e => Assert.Equal(PiiAction.Transfer, e.Action));
        Assert.All(events, e => Assert.Equal(PiiSubjectReference.Of(Shop.Anna), e.Subject));
        Assert.DoesNotContain(events, e => e.ToString().Contains("anna", StringComparison.OrdinalIgnoreCase) || (e.Subject ?? "").Contains("anna", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EraseDeletesOrOverwritesEveryRowOfTheSubjectAndLeavesOthers()
    {
        await using (var context = database.NewContext())
        {
            var report = await context.EraseSubjectAsync(Shop.Anna);

            Assert.Equal(4, report.RecordCount);
            var customer = report.Entities.Single(entity => entity.Entity == "Customer");
            Assert.Equal((0, 1), (customer.Deleted, customer.Erased));
            Assert.Equal(["Email", "Name"], customer.Members);
            Assert.Equal(2, report.Entities.Single(entity => entity.Entity == "Order").Deleted);
            Assert.Equal(1, report.Entities.Single(entity => entity.Entity == "SupportTicket").Deleted);
        }

        var stored = database.EveryStoredValue();
        Assert.DoesNotContain(stored, value => value.Contains("anna", StringComparison.OrdinalIgnoreCase) || value.Contains("Tverskaya", StringComparison.Ordinal));
        Assert.Contains(Shop.Boris, stored);
        Assert.Contains("Lenina 3, Kazan", stored);

        await using var check = database.NewContext();
        var kept = await check.Customers.SingleAsync(c => c.LoyaltyPoints == 120);
        Assert.Equal((PiiErasure.StringTombstone, (string?)null), (kept.Email, kept.Name));
        Assert.Equal(0, (await check.ExportSubjectAsync(Shop.Anna)).RecordCount);
    }

    [Fact]
    public async Task EraseReportsDestructionOfDeletedRowsAndErasureOfOverwrittenOnes()
    {
        await using var context = database.NewContext();

        await context.EraseSubjectAsync(Shop.Anna);

        var events = database.Audit.Events;
        Assert.Equal(["Customer.Email", "Customer.Name"], events.Where(e => e.Action == PiiAction.Erasure).Select(e => $"{e.Type.Name}.{e.Member}").Order());
        Assert.Equal((2 * 2) + 3, events.Count(e => e.Action == PiiAction.Destruction));
        Assert.All(events, e => Assert.Equal(PiiSubjectReference.Of(Shop.Anna), e.Subject));
        Assert.DoesNotContain(events, e => e.Action is PiiAction.Update or PiiAction.Collection); // the interceptor does not report the erasure twice
    }

    [Fact]
    public async Task EraseJoinsTheCallersTransactionSoARollbackKeepsEverything()
    {
        await using (var context = database.NewContext())
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            await context.EraseSubjectAsync(Shop.Anna);
            await transaction.RollbackAsync();
        }

        Assert.Contains(Shop.Anna, database.EveryStoredValue());
    }

    [Fact]
    public async Task SubjectKeyGivenAsAnotherTypeIsConverted()
    {
        await using var context = database.NewContext();
        context.Customers.Add(new Customer { Email = "42", Name = "Numbers" });
        await context.SaveChangesAsync();

        var export = await context.ExportSubjectAsync(42);

        Assert.Equal("Numbers", export.Entities.Single().Records.Single().Members.Single(m => m.Name == "Name").Value);
    }

    public void Dispose() => database.Dispose();
}
