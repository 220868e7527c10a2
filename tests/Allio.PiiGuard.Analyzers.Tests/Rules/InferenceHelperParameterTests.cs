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
}
