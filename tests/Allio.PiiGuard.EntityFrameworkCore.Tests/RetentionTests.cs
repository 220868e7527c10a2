using Microsoft.EntityFrameworkCore;

namespace Allio.PiiGuard.EntityFrameworkCore.Tests;

/// <summary>Retention (152-FZ art. 5 part 7) counted from each row's timestamp, on a fake clock.</summary>
public sealed class RetentionTests : IDisposable
{
    private readonly ShopDatabase database = new();

    public RetentionTests() => Shop.Seed(database);

    [Fact]
    public async Task NothingExpiresBeforeItsTime()
    {
        database.Clock.Advance(TimeSpan.FromDays(364));
        await using var context = database.NewContext();

        var report = await context.PurgeExpiredAsync();

        Assert.Empty(report.Entities);
        Assert.Empty(database.Audit.Events);
        Assert.Equal(3, await context.Orders.CountAsync());
    }

    [Fact]
    public async Task AfterAYearTheTicketTextIsErasedWhileThePhoneKeptUntilWithdrawalStays()
    {
        database.Clock.Advance(TimeSpan.FromDays(366));
        await using (var context = database.NewContext())
        {
            var report = await context.PurgeExpiredAsync();

            var tickets = Assert.Single(report.Entities);
            Assert.Equal(("SupportTicket", 0, 2), (tickets.Entity, tickets.Deleted, tickets.Erased));
            Assert.Equal(["Text"], tickets.Members);
        }

        await using var check = database.NewContext();
        var kept = await check.Tickets.OrderBy(t => t.Id).ToListAsync();
        Assert.All(kept, ticket => Assert.Null(ticket.Text));
        Assert.Equal(["+7 900 111-22-33", "+7 900 444-55-66"], kept.Select(t => t.Phone));
        Assert.Equal(3, await check.Orders.CountAsync());
        Assert.Equal(["SupportTicket.Text", "SupportTicket.Text"], database.Audit.Events.Select(e => $"{e.Type.Name}.{e.Member}"));
        Assert.All(database.Audit.Events, e => Assert.Equal(PiiAction.Erasure, e.Action));
    }

    [Fact]
    public async Task AfterThreeYearsOrdersAreDeletedCustomersKeptUntilWithdrawalStay()
    {
        database.Clock.SetUtcNow(database.Clock.GetUtcNow().AddYears(3).AddDays(1));
        await using (var context = database.NewContext())
        {
            var report = await context.PurgeExpiredAsync();

            Assert.Equal(3, report.Entities.Single(e => e.Entity == "Order").Deleted);
            Assert.DoesNotContain(report.Entities, e => e.Entity == "Customer");
        }

        await using var check = database.NewContext();
        Assert.Equal(0, await check.Orders.CountAsync());
        Assert.Equal(2, await check.Customers.CountAsync());
        Assert.Equal(3 * 2, database.Audit.Events.Count(e => e.Action == PiiAction.Destruction)); // 3 orders × 2 members; tickets are erased, not destroyed
    }

    [Fact]
    public async Task ASecondPurgeFindsNothingLeftToDo()
    {
        database.Clock.Advance(TimeSpan.FromDays(400));
        await using var context = database.NewContext();
        await context.PurgeExpiredAsync();
        database.Audit.Clear();

        var again = await context.PurgeExpiredAsync();

        Assert.Empty(again.Entities);
        Assert.Empty(database.Audit.Events);
    }

    public void Dispose() => database.Dispose();
}
