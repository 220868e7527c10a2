using Allio.PiiGuard.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Allio.PiiGuard.EntityFrameworkCore.Tests;

/// <summary>A customer account: kept (anonymised) on withdrawal, because orders of other years still point at it.</summary>
public sealed partial class Customer
{
    public int Id { get; set; }

    [PiiSubject]
    [Pii(Kind = PiiKind.Email, Purposes = ["orders"], Subjects = ["customer"], Retention = "until-consent-withdrawn")]
    public string Email { get; set; } = "";

    [Pii(Kind = PiiKind.FirstName, Purposes = ["orders"], Subjects = ["customer"], Retention = "until-consent-withdrawn")]
    public string? Name { get; set; }

    /// <summary>Not personal: survives erasure.</summary>
    public int LoyaltyPoints { get; set; }
}

/// <summary>An order: kept three years for the books, then deleted.</summary>
public sealed partial class Order
{
    public int Id { get; set; }

    [PiiSubject]
    [Pii(Kind = PiiKind.Email, Purposes = ["orders"], Subjects = ["customer"], Retention = "P3Y")]
    public string CustomerEmail { get; set; } = "";

    [Pii(Kind = PiiKind.PostalAddress, Purposes = ["orders"], Subjects = ["customer"], Retention = "P3Y")]
    public string? ShippingAddress { get; set; }

    public decimal Total { get; set; }

    public DateTime PlacedUtc { get; set; }
}

/// <summary>A support ticket: its text goes after a year, the phone stays until consent is withdrawn. Subject key set fluently.</summary>
public sealed partial class SupportTicket
{
    public int Id { get; set; }

    [Pii(Kind = PiiKind.Email, Purposes = ["support"], Subjects = ["customer"], Retention = "until-consent-withdrawn")]
    public string ContactEmail { get; set; } = "";

    [Pii(Kind = PiiKind.Other, Purposes = ["support"], Subjects = ["customer"], Retention = "P1Y")]
    public string? Text { get; set; }

    [Pii(Kind = PiiKind.Phone, Purposes = ["support"], Subjects = ["customer"], Retention = "until-consent-withdrawn")]
    public string? Phone { get; set; }

    public DateTime OpenedUtc { get; set; }
}

/// <summary>No personal data: PiiGuard leaves it alone.</summary>
public sealed class Product
{
    public int Id { get; set; }

    public string Title { get; set; } = "";
}

public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<SupportTicket> Tickets => Set<SupportTicket>();

    public DbSet<Product> Products => Set<Product>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>().HasPiiErasure(PiiErasureMode.Erase);
        modelBuilder.Entity<Order>().HasPiiRetention(order => order.PlacedUtc);
        modelBuilder.Entity<SupportTicket>()
            .HasPiiSubject(ticket => ticket.ContactEmail)
            .HasPiiRetention(ticket => ticket.OpenedUtc, PiiErasureMode.Erase);
        modelBuilder.UsePiiGuard();
    }
}
