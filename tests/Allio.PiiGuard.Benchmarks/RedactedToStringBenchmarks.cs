using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Allio.PiiGuard.Benchmarks;

/// <summary>
/// Generated redacted ToString against the compiler's plain record ToString of the same shape, and
/// against Microsoft's logging redaction path for the same values.
/// </summary>
[MemoryDiagnoser]
public class RedactedToStringBenchmarks
{
    private readonly PlainCustomer plain = new(42, "Anna Ivanova", "anna@example.ru", "+7 900 000-00-00");
    private readonly MarkedCustomer marked = new() { Id = 42, Name = "Anna Ivanova", Email = "anna@example.ru", Phone = "+7 900 000-00-00" };
    private ServiceProvider services = null!;
    private IRedactorProvider redactorProvider = null!;
    private ILogger logger = null!;

    [GlobalSetup]
    public void Setup()
    {
        services = new ServiceCollection()
            .AddRedaction(redaction => redaction.SetRedactor<ErasingRedactor>(new DataClassificationSet(PiiTaxonomy.Personal)))
            .AddLogging(logging => logging.EnableRedaction().AddProvider(new FormattingLoggerProvider()))
            .BuildServiceProvider();
        redactorProvider = services.GetRequiredService<IRedactorProvider>();
        logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Customers");

        // The comparison is fair only if every path really redacts.
        if (MicrosoftLoggingRedaction()!.Contains(marked.Email, StringComparison.Ordinal)
            || GeneratedToStringWithRedactors().Contains(marked.Email, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A redaction path wrote the raw value.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark(Baseline = true, Description = "record ToString (plain, leaks)")]
    public string PlainRecordToString() => plain.ToString();

    [Benchmark(Description = "generated ToString (markers)")]
    public string GeneratedToString() => marked.ToString();

    [Benchmark(Description = "generated ToString(IRedactorProvider)")]
    public string GeneratedToStringWithRedactors() => marked.ToString(redactorProvider);

    [Benchmark(Description = "[LoggerMessage] + EnableRedaction")]
    public string? MicrosoftLoggingRedaction()
    {
        CustomerLog.CustomerSeen(logger, marked.Id, marked.Name, marked.Email, marked.Phone);
        return FormattingLoggerProvider.Last;
    }
}
