using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Allio.PiiGuard.Tests.Redaction;

public sealed class AddPiiGuardTests
{
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Sensitive_and_biometric_get_Microsofts_erasing_redactor()
    {
        using var provider = new ServiceCollection().AddPiiGuard(o => o.HmacKey = Key).BuildServiceProvider();
        var redactors = provider.GetRequiredService<IRedactorProvider>();

        Assert.IsType<ErasingRedactor>(redactors.GetRedactor(PiiTaxonomy.Sensitive));
        Assert.IsType<ErasingRedactor>(redactors.GetRedactor(PiiTaxonomy.Biometric));
    }

    [Fact]
    public void Personal_is_redacted_by_shape()
    {
        using var provider = new ServiceCollection().AddPiiGuard().BuildServiceProvider();
        var personal = provider.GetRequiredService<IRedactorProvider>().GetRedactor(PiiTaxonomy.Personal);

        Assert.Equal("a***@example.com", personal.Redact("anna@example.com"));
        Assert.Equal("+7 *** *** ** 37", personal.Redact("+7 921 555 12 37"));
        Assert.Equal(string.Empty, personal.Redact("Anna Petrova"));
    }

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["PiiGuard:HmacKey"] = Key,
                ["PiiGuard:HmacKeyId"] = "5",
            })
            .Build();

        using var provider = new ServiceCollection().AddPiiGuard(configuration.GetSection("PiiGuard")).BuildServiceProvider();
        var personal = provider.GetRequiredService<IRedactorProvider>().GetRedactor(PiiTaxonomy.Personal);

        Assert.Equal(new PiiHmacRedactor(Key, 5).Redact("Anna Petrova"), personal.Redact("Anna Petrova"));
    }

    [Fact]
    public void A_malformed_key_fails_validation_instead_of_falling_back_to_erasure()
    {
        using var provider = new ServiceCollection().AddPiiGuard(o => o.HmacKey = "too-short").BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IRedactorProvider>());
        Assert.Contains("HmacKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_AddRedaction_replaces_a_default()
    {
        var services = new ServiceCollection().AddPiiGuard();
        services.AddRedaction(builder => builder.SetRedactor<EmailMaskingRedactor>(PiiTaxonomy.Sensitive));
        using var provider = services.BuildServiceProvider();

        Assert.IsType<EmailMaskingRedactor>(provider.GetRequiredService<IRedactorProvider>().GetRedactor(PiiTaxonomy.Sensitive));
    }
}
