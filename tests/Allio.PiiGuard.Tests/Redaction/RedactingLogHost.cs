using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Allio.PiiGuard.Tests.Redaction;

/// <summary>A service provider wired as an application would be: AddPiiGuard, EnableRedaction, and a capturing logger.</summary>
internal sealed class RedactingLogHost : IDisposable
{
    private readonly ServiceProvider _provider;

    private RedactingLogHost(ServiceProvider provider)
    {
        _provider = provider;
        Logger = provider.GetRequiredService<ILogger<RedactingLogHost>>();
        Collector = provider.GetFakeLogCollector();
    }

    public ILogger Logger { get; }

    public FakeLogCollector Collector { get; }

    public FakeLogRecord LatestRecord => Collector.LatestRecord;

    public static RedactingLogHost Create(Action<PiiGuardOptions>? configure = null, Action<LoggerRedactionOptions>? redaction = null) =>
        Create(services => services.AddPiiGuard(configure), redaction);

    public static RedactingLogHost Create(Action<IServiceCollection> addPiiGuard, Action<LoggerRedactionOptions>? redaction = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.EnableRedaction(redaction ?? (_ => { })).AddFakeLogging());
        addPiiGuard(services);
        return new RedactingLogHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public void Dispose() => _provider.Dispose();
}
