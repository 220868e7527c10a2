namespace Allio.PiiGuard.EntityFrameworkCore.Tests;

/// <summary>Two customers whose rows span three tables.</summary>
internal static class Shop
{
    public const string Anna = "anna.petrova@example.ru";
    public const string Boris = "boris.ivanov@example.ru";

    public static void Seed(ShopDatabase database)
    {
        var now = database.Clock.GetUtcNow().UtcDateTime;
        using var context = database.NewContext(sink: new InMemoryPiiAuditSink());
        context.Customers.AddRange(
            new Customer { Email = Anna, Name = "Anna", LoyaltyPoints = 120 },
            new Customer { Email = Boris, Name = "Boris", LoyaltyPoints = 7 });
        context.Orders.AddRange(
            new Order { CustomerEmail = Anna, ShippingAddress = "Tverskaya 1, Moscow", Total = 10m, PlacedUtc = now },
            new Order { CustomerEmail = Anna, ShippingAddress = "Nevsky 2, Saint Petersburg", Total = 20m, PlacedUtc = now },
            new Order { CustomerEmail = Boris, ShippingAddress = "Lenina 3, Kazan", Total = 30m, PlacedUtc = now });
        context.Tickets.AddRange(
            new SupportTicket { ContactEmail = Anna, Text = "My parcel to Tverskaya is late", Phone = "+7 900 111-22-33", OpenedUtc = now },
            new SupportTicket { ContactEmail = Boris, Text = "Invoice please", Phone = "+7 900 444-55-66", OpenedUtc = now });
        context.Products.Add(new Product { Title = "Kettle" });
        context.SaveChanges();
    }
}
