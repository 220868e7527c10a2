using Allio.Crm.Model;
using Allio.PiiGuard;
using Allio.PiiGuard.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Allio.Crm.Storage;

/// <summary>
/// The CRM database: a SQLite file, the store <c>crm-db</c> of <c>piiguard.json</c>, located in Russia (152-FZ
/// art. 18 part 5). Every record carries the subject it belongs to (<see cref="PiiSubjectAttribute"/>), so subject
/// rights reach all of them; the action log (§4.1.5) is a table of the same file.
/// </summary>
[PiiStore("crm-db")]
public sealed class CrmDbContext(DbContextOptions<CrmDbContext> options) : DbContext(options)
{
    public DbSet<Visitor> Inquiries => Set<Visitor>();

    public DbSet<Applicant> Applications => Set<Applicant>();

    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();

    public DbSet<ServiceDeskClient> ServiceDeskAccounts => Set<ServiceDeskClient>();

    public DbSet<SoftwareRegistration> SoftwareRegistrations => Set<SoftwareRegistration>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Record ids are read-only properties assigned on creation: EF Core keys them only when told.
        modelBuilder.Entity<Visitor>().HasKey(record => record.Id);
        modelBuilder.Entity<EventRegistration>().HasKey(record => record.Id);
        modelBuilder.Entity<ServiceDeskClient>().HasKey(record => record.Id);
        modelBuilder.Entity<SoftwareRegistration>().HasKey(record => record.Id);

        // A CV's courses and jobs live inside its row (as JSON), so destroying the CV destroys them with it.
        modelBuilder.Entity<Applicant>(applicant =>
        {
            applicant.HasKey(record => record.Id);
            applicant.OwnsMany(a => a.Education, education => education.ToJson());
            applicant.OwnsMany(a => a.WorkHistory, work => work.ToJson());
        });
        modelBuilder.UsePiiGuard();
    }
}
