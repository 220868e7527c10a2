using BenchmarkDotNet.Attributes;

namespace Allio.PiiGuard.Benchmarks;

/// <summary>Reading an audited partial property with no sink against reading a plain auto-property.</summary>
public class AuditedPropertyBenchmarks
{
    private readonly AuditedApplicant applicant = new() { Plain = "4510 123456", Passport = "4510 123456" };

    [GlobalSetup]
    public void Setup() => PiiAudit.Sink = null;

    [Benchmark(Baseline = true, Description = "plain property get")]
    public string PlainGet() => applicant.Plain;

    [Benchmark(Description = "audited property get, no sink")]
    public string AuditedGet() => applicant.Passport;
}
