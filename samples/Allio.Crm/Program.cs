using Allio.Crm.Audit;
using Allio.Crm.Endpoints;
using Allio.Crm.Storage;
using Allio.Crm.Transfers;
using Allio.PiiGuard;

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

// §4.1.5: every action on personal data is logged. The generated hooks (audited properties, erase, export) report
// to this sink: action, type, member, kind and purpose, never the value.
builder.Services.AddPiiAuditSink<LoggerPiiAuditSink>();

builder.Services.AddSingleton<CrmRepository>();
builder.Services.AddSingleton<RightsHolderClient>();

var app = builder.Build();
app.Services.UsePiiAudit();
app.UseProcessingPurposeScope();

IndexEndpoint.Map(app);
VisitorEndpoints.Map(app);
ApplicantEndpoints.Map(app);
EventEndpoints.Map(app);
ServiceDeskEndpoints.Map(app);
SoftwareRegistrationEndpoints.Map(app);
SubjectRightsEndpoints.Map(app);

app.Run();

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
