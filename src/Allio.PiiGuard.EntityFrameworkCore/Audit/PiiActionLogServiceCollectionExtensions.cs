using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Allio.PiiGuard.EntityFrameworkCore.Audit;

/// <summary>Registers the database action log as the application's audit sink.</summary>
public static class PiiActionLogServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PiiActionLogSink"/> as the <see cref="IPiiAuditSink"/>, writing through contexts made by
    /// <see cref="IDbContextFactory{TContext}"/> (register one with <c>AddDbContextFactory</c>). Install it with
    /// <c>app.Services.UsePiiAudit()</c> as any sink.
    /// </summary>
    public static IServiceCollection AddPiiActionLog<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        // The factory is resolved when the first batch is written, not here: the context's options may name this
        // sink (UsePiiGuard(o => o.AuditSink = …)), and resolving the factory now would resolve those options in a cycle.
        services.TryAddSingleton(provider => new PiiActionLogSink(
            () => provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext()));
        services.TryAddSingleton<IPiiAuditSink>(provider => provider.GetRequiredService<PiiActionLogSink>());
        return services;
    }
}
