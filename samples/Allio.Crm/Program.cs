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

builder.Services.AddSingleton<CrmRepository>();
builder.Services.AddSingleton<RightsHolderClient>();

var app = builder.Build();

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
