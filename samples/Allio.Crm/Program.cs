using Allio.Crm.Audit;
using Allio.Crm.Endpoints;
using Allio.Crm.Storage;
using Allio.Crm.Transfers;
using Allio.PiiGuard;
using Allio.PiiGuard.EntityFrameworkCore;
using Allio.PiiGuard.EntityFrameworkCore.Audit;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

// Personal data reaches the logs only in its redacted form: PiiGuard registers the redactors for its
// classifications, EnableRedaction applies them to every [Pii] parameter of a [LoggerMessage] method.
builder.Services.AddPiiGuard();
builder.Logging.EnableRedaction();
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(options =>
{
    options.SingleLine = true;
    options.TimestampFormat = "HH:mm:ss ";
});

// The CRM database: a SQLite file created on first run, under the content root unless ConnectionStrings:Crm says
// otherwise. UsePiiGuard reports every create, update and delete of a personal column to the audit sink.
var crmDatabase = builder.Configuration.GetConnectionString("Crm")
    ?? $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "crm.db")}";
builder.Services.AddDbContextFactory<CrmDbContext>((services, options) => options
    .UseSqlite(crmDatabase)
    .UsePiiGuard(piiGuard => piiGuard.AuditSink = services.GetRequiredService<IPiiAuditSink>()));

// §4.1.5: every action on personal data is logged, to the application log and to the action-log table of the
// database: action, type, member, kind, purpose and subject reference, never the value.
builder.Services.AddSingleton<LoggerPiiAuditSink>();
builder.Services.AddSingleton<IPiiAuditSink>(provider => new AuditFanOut(
    provider.GetRequiredService<LoggerPiiAuditSink>(), provider.GetRequiredService<PiiActionLogSink>()));
builder.Services.AddPiiActionLog<CrmDbContext>();

builder.Services.AddSingleton<CrmRepository>();
builder.Services.AddSingleton<RightsHolderClient>();

var app = builder.Build();
using (var db = app.Services.GetRequiredService<IDbContextFactory<CrmDbContext>>().CreateDbContext())
{
    db.Database.EnsureCreated();
}

app.Services.UsePiiAudit();
app.UseProcessingPurposeScope();

IndexEndpoint.Map(app);
VisitorEndpoints.Map(app);
ApplicantEndpoints.Map(app);
EventEndpoints.Map(app);
ServiceDeskEndpoints.Map(app);
SoftwareRegistrationEndpoints.Map(app);
SubjectRightsEndpoints.Map(app);
ActionLogEndpoints.Map(app);

app.Run();

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
