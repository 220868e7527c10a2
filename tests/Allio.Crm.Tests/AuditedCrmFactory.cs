using Allio.PiiGuard;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Allio.Crm.Tests;

/// <summary>The sample app with an in-memory audit sink in place of its logging one, so tests read the events themselves.</summary>
public sealed class AuditedCrmFactory : CrmFactory
{
    public InMemoryPiiAuditSink Audit { get; } = new();

    /// <summary>Runs <paramref name="action"/> and returns its result with the audit events it caused, and only those.</summary>
    /// <remarks>Sound because <see cref="PiiAuditCollection"/> runs alone: no other request reports to the sink meanwhile.</remarks>
    public async Task<(T Result, IReadOnlyList<PiiAuditEvent> Events)> AuditedAsync<T>(Func<Task<T>> action)
    {
        Audit.Clear();
        var result = await action();
        return (result, Audit.Events);
    }

    /// <summary>The audit events <paramref name="action"/> caused.</summary>
    public async Task<IReadOnlyList<PiiAuditEvent>> AuditedAsync(Func<Task> action) =>
        (await AuditedAsync(async () =>
        {
            await action();
            return true;
        })).Events;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IPiiAuditSink>();
            services.AddSingleton<IPiiAuditSink>(Audit);
        });
    }
}
