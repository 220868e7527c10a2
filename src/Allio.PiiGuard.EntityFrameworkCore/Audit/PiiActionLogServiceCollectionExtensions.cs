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
        services.TryAddSingleton(provider =>
        {
            var factory = provider.GetRequiredService<IDbContextFactory<TContext>>();
            return new PiiActionLogSink(() => factory.CreateDbContext());
        });
        services.TryAddSingleton<IPiiAuditSink>(provider => provider.GetRequiredService<PiiActionLogSink>());
        return services;
    }
}
