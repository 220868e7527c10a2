#if NET8_0_OR_GREATER
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Allio.PiiGuard;

/// <summary>Registers the audit sink in DI; generated hooks read it from <see cref="PiiAudit.Sink"/>, so <see cref="UsePiiAudit"/> installs it.</summary>
public static class PiiAuditServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TSink"/> as the singleton <see cref="IPiiAuditSink"/>.</summary>
    public static IServiceCollection AddPiiAuditSink<TSink>(this IServiceCollection services)
        where TSink : class, IPiiAuditSink
    {
        services.TryAddSingleton<IPiiAuditSink, TSink>();
        return services;
    }

    /// <summary>Registers <paramref name="sink"/> as the <see cref="IPiiAuditSink"/>.</summary>
    public static IServiceCollection AddPiiAuditSink(this IServiceCollection services, IPiiAuditSink sink)
    {
        services.TryAddSingleton(sink);
        return services;
    }

    /// <summary>
    /// Makes the registered sink the process-wide <see cref="PiiAudit.Sink"/>. Call once at startup
    /// (<c>app.Services.UsePiiAudit()</c>): generated hooks cannot take a service provider.
    /// </summary>
    public static IServiceProvider UsePiiAudit(this IServiceProvider services)
    {
        PiiAudit.Sink = services.GetRequiredService<IPiiAuditSink>();
        return services;
    }
}
#endif
