using Allio.PiiGuard.EntityFrameworkCore.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Allio.PiiGuard.EntityFrameworkCore;

/// <summary>Turns PiiGuard on for a <c>DbContext</c>: the action log of ordinary entities and the settings of subject rights.</summary>
public static class PiiGuardDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Adds the interceptor that reports every create, update and delete of a personal member to the audit sink
    /// (§4.1.5 of the seed policy) and keeps <paramref name="configure"/>'s settings for subject rights and retention.
    /// </summary>
    public static DbContextOptionsBuilder UsePiiGuard(this DbContextOptionsBuilder optionsBuilder, Action<PiiGuardEntityFrameworkOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        var options = new PiiGuardEntityFrameworkOptions();
        configure?.Invoke(options);
        return optionsBuilder.AddInterceptors(new PiiAuditSaveChangesInterceptor(options));
    }

    /// <inheritdoc cref="UsePiiGuard(DbContextOptionsBuilder, Action{PiiGuardEntityFrameworkOptions}?)" />
    public static DbContextOptionsBuilder<TContext> UsePiiGuard<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder, Action<PiiGuardEntityFrameworkOptions>? configure = null)
        where TContext : DbContext
        => (DbContextOptionsBuilder<TContext>)UsePiiGuard((DbContextOptionsBuilder)optionsBuilder, configure);

    /// <summary>The settings given to <see cref="UsePiiGuard"/>, or the defaults when it was not called.</summary>
    internal static PiiGuardEntityFrameworkOptions PiiGuardOptions(this DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?
            .OfType<PiiAuditSaveChangesInterceptor>().FirstOrDefault()?.Options
        ?? new PiiGuardEntityFrameworkOptions();
}
