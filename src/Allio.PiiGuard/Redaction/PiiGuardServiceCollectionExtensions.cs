#if NET8_0_OR_GREATER
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace Allio.PiiGuard;

/// <summary>Registers PiiGuard's redactors with Microsoft.Extensions.Compliance.</summary>
public static class PiiGuardServiceCollectionExtensions
{
    /// <summary>
    /// Registers a redactor for every <see cref="PiiTaxonomy"/> classification. Pair it with
    /// <c>ILoggingBuilder.EnableRedaction()</c> so <c>[LoggerMessage]</c> parameters marked <c>[Pii]</c> are redacted.
    /// </summary>
    public static IServiceCollection AddPiiGuard(this IServiceCollection services, Action<PiiGuardOptions>? configure = null)
    {
        var options = new PiiGuardOptions();
        configure?.Invoke(options);
        return services.AddRedaction(builder => builder.SetRedactor<ErasingRedactor>(
            PiiTaxonomy.Personal, PiiTaxonomy.Sensitive, PiiTaxonomy.Biometric));
    }
}
#endif
