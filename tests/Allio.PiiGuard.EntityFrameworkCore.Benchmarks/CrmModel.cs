using Microsoft.EntityFrameworkCore;

namespace Allio.PiiGuard.EntityFrameworkCore.Benchmarks;

// Five tables of one CRM, each row filed under its subject: what one subject's 1,000 rows are spread over.

public sealed partial class Inquiry
{
    public int Id { get; set; }

    [PiiSubject]
    public Guid SubjectId { get; set; }

    [Pii(Kind = PiiKind.Email, Retention = "until-consent-withdrawn")]
    public string Email { get; set; } = "";

    [Pii(Kind = PiiKind.Other, Retention = "until-consent-withdrawn")]
    public string? Question { get; set; }
}

public sealed partial class Application
{
    public int Id { get; set; }

    [PiiSubject]
    public Guid SubjectId { get; set; }

    [Pii(Kind = PiiKind.LastName, Retention = "until-purpose-achieved")]
    public string LastName { get; set; } = "";

    [Pii(Kind = PiiKind.Phone, Retention = "until-purpose-achieved")]
    public string? Phone { get; set; }
}

public sealed partial class EventSeat
{
    public int Id { get; set; }

    [PiiSubject]
    public Guid SubjectId { get; set; }

    [Pii(Kind = PiiKind.FirstName, Retention = "until-consent-withdrawn")]
    public string FirstName { get; set; } = "";

    public string EventCode { get; set; } = "";
}

public sealed partial class DeskAccount
{
    public int Id { get; set; }

    [PiiSubject]
    public Guid SubjectId { get; set; }

    [Pii(Kind = PiiKind.Company, Retention = "until-consent-withdrawn")]
    public string Company { get; set; } = "";

    [Pii(Kind = PiiKind.Email, Retention = "until-consent-withdrawn")]
    public string Email { get; set; } = "";
}

public sealed partial class Licence
{
    public int Id { get; set; }

    [PiiSubject]
    public Guid SubjectId { get; set; }

    [Pii(Kind = PiiKind.LastName, Retention = "until-consent-withdrawn")]
    public string Holder { get; set; } = "";

    public string Product { get; set; } = "";
}

public sealed class CrmContext(DbContextOptions<CrmContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // A subject's rows are looked up by their subject key: index it, as an application would.
        modelBuilder.Entity<Inquiry>().HasIndex(row => row.SubjectId);
        modelBuilder.Entity<Application>().HasIndex(row => row.SubjectId);
        modelBuilder.Entity<EventSeat>().HasIndex(row => row.SubjectId);
        modelBuilder.Entity<DeskAccount>().HasPiiErasure(PiiErasureMode.Erase).HasIndex(row => row.SubjectId);
        modelBuilder.Entity<Licence>().HasIndex(row => row.SubjectId);
        modelBuilder.UsePiiGuard(actionLog: false);
    }

    /// <summary>Adds <paramref name="perTable"/> rows of the subject to each of the five tables.</summary>
    public void AddRows(Guid subject, int perTable)
    {
        for (var i = 0; i < perTable; i++)
        {
            Add(new Inquiry { SubjectId = subject, Email = $"s{i}@example.ru", Question = "When does the course start?" });
            Add(new Application { SubjectId = subject, LastName = "Ivanova", Phone = "+7 900 000-00-00" });
            Add(new EventSeat { SubjectId = subject, FirstName = "Maria", EventCode = "devday" });
            Add(new DeskAccount { SubjectId = subject, Company = "Allio", Email = $"s{i}@example.ru" });
            Add(new Licence { SubjectId = subject, Holder = "Ivanova", Product = "Suite" });
        }
    }
}
