using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A helper's parameter named like personal data (<c>Describe(string fullName)</c>) is no source where the helper is
/// called: what the caller passes decides, in the same file and in another one.
/// </summary>
public sealed class InferenceHelperParameterTests
{
    [Fact]
    public Task What_the_caller_passes_decides() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using Microsoft.Extensions.Logging;
                public class Customer
                {
                    public int Id { get; set; }
                    public string Email { get; set; } = "";
                }
                public static class Local
                {
                    public static string Describe(string fullName) => "Name: " + fullName;
                }
                class C
                {
                    void Run(ILogger logger, Customer c)
                    {
                        logger.LogInformation("{A} {B}", Local.Describe("Team"), Other.Label("Team"));
                        logger.LogInformation("{A}", Local.Describe({|PII001:c.Email|}));
                        logger.LogInformation("{A}", Other.Label({|PII001:c.Email|}));
                        logger.LogInformation("{A}", Local.Describe(c.Id.ToString()));
                    }
                }
                """,
                ("/Other.cs", """
                    public static class Other
                    {
                        public static string Label(string email) => $"<{email}>";
                    }
                    """),
            },
            AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
        },
    }.RunAsync();

    [Fact]
    public Task A_parameter_stored_into_a_field_stays_a_source() => new LogTest
    {
        TestCode = """
            using Microsoft.Extensions.Logging;
            class Lookup
            {
                private readonly ILogger _logger;
                private string _last = "";

                public Lookup(ILogger logger) => _logger = logger;

                public void Find(string email)
                {
                    _last = email;
                    Report();
                }

                private void Report() => _logger.LogWarning("No customer for {Email}", {|PII001:_last|});
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") } },
    }.RunAsync();

    [Fact]
    public Task A_lambdas_parameters_are_its_callers_values_not_its_classes() => new LogTest
    {
        TestCode = """
            using System;
            using Microsoft.Extensions.Logging;
            public static class LockerEndpoints
            {
                public static void Map(ILogger logger, Action<Func<double, double, string>> mapGet)
                {
                    mapGet((lat, lng) =>
                    {
                        logger.LogInformation("Nearest locker to {Lat},{Lng}", {|PII001:lat|}, {|PII001:lng|});
                        return "ok";
                    });
                }

                public static void Locate(ILogger logger, double latitude) => logger.LogInformation("Locker at {Lat}", latitude);
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") } },
    }.RunAsync();
}
