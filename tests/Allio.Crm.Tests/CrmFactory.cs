using System.Text.Json;
using Allio.Crm.Storage;
using Allio.Crm.Transfers;
using Allio.PiiGuard;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Allio.Crm.Tests;

/// <summary>The sample app in memory, on a SQLite file of its own, with every log record captured and its policy file at hand.</summary>
public class CrmFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseFolder = Directory.CreateTempSubdirectory("allio-crm-").FullName;

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>The app's database file, created on first run as a new user's would be.</summary>
    public string DatabasePath => Path.Combine(_databaseFolder, "crm.db");

    public RightsHolderClient RightsHolder => Services.GetRequiredService<RightsHolderClient>();

    public CrmRepository Repository => Services.GetRequiredService<CrmRepository>();

    /// <summary>What the app's redaction pipeline writes instead of a personal value.</summary>
    public string Redacted(string value) =>
        Services.GetRequiredService<IRedactorProvider>().GetRedactor(PiiTaxonomy.Personal).Redact(value);

    /// <summary>The sample's <c>piiguard.json</c>, read from the content root the app itself runs in.</summary>
    public JsonDocument Policy() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Services.GetRequiredService<IHostEnvironment>().ContentRootPath, "piiguard.json")));

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseSetting("ConnectionStrings:Crm", $"Data Source={DatabasePath};Pooling=False")
            .ConfigureLogging(logging => logging
                .AddProvider(Logs)
                // A provider-specific rule beats the app's "Information" defaults: debug records are scanned too.
                .AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_databaseFolder))
        {
            Directory.Delete(_databaseFolder, recursive: true);
        }
    }
}
