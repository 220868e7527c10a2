#if NET8_0_OR_GREATER
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Allio.PiiGuard;

/// <summary>Registers PiiGuard's redactors with Microsoft.Extensions.Compliance.</summary>
public static class PiiGuardServiceCollectionExtensions
{
    /// <summary>
    /// Registers a redactor for every <see cref="PiiTaxonomy"/> classification: <see cref="PiiTaxonomy.Personal"/> is redacted
    /// by shape (emails and phones masked, other values hashed with <see cref="PiiGuardOptions.HmacKey"/> or erased without
    /// one), <see cref="PiiTaxonomy.Sensitive"/> and <see cref="PiiTaxonomy.Biometric"/> are erased. Pair it with
    /// <c>ILoggingBuilder.EnableRedaction()</c> so <c>[LoggerMessage]</c> parameters marked <c>[Pii]</c> are redacted.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options, for example the HMAC key.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>A later <c>services.AddRedaction(b =&gt; b.SetRedactor&lt;T&gt;(PiiTaxonomy.…))</c> replaces a default.</remarks>
    public static IServiceCollection AddPiiGuard(this IServiceCollection services, Action<PiiGuardOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<PiiGuardOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return AddRedactors(services, options);
    }

    /// <summary>
    /// Same as <see cref="AddPiiGuard(IServiceCollection, Action{PiiGuardOptions})"/>, with the options bound from
    /// configuration, for example <c>configuration.GetSection("PiiGuard")</c> holding <c>HmacKey</c> and <c>HmacKeyId</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The section that holds <see cref="PiiGuardOptions"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddPiiGuard(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddRedactors(services, services.AddOptions<PiiGuardOptions>().Bind(configuration));
    }

    private static IServiceCollection AddRedactors(IServiceCollection services, OptionsBuilder<PiiGuardOptions> options)
    {
        // A bad key fails at start-up (or at the first redaction without a host), not silently into erasure.
        options
            .Validate(
                o => string.IsNullOrEmpty(o.HmacKey) || PiiHmacRedactor.TryDecodeKey(o.HmacKey, out _),
                $"PiiGuard: HmacKey must be base64 of at least {PiiHmacRedactor.MinimumKeyBytes} bytes.")
            .ValidateOnStart();

        return services.AddRedaction(builder => builder
            .SetRedactor<PersonalDataRedactor>(PiiTaxonomy.Personal)
            .SetRedactor<ErasingRedactor>(PiiTaxonomy.Sensitive, PiiTaxonomy.Biometric));
    }
}
#endif
