using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A method's tuple parameter with elements named like personal data (<c>(string Name, string Phone) contact</c>): each
/// element is a source by its name where the method reads it, as a parameter named <c>phone</c> is; where the method is a
/// helper that the caller's values pass through, the caller's values decide.
/// </summary>
public sealed class InferenceTupleElementTests
{
    [Fact]
    public Task Named_elements_of_a_tuple_parameter_are_sources_by_their_names() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using Microsoft.Extensions.Logging;
                class Courier
                {
                    void Announce(ILogger logger, (string Name, string Phone) contact, (int Eta, string Window) slot, (string, string) pair)
                    {
                        logger.LogInformation("Texting {Name} on {Phone}", {|#0:contact|}.Name, {|PII001:contact|}.Phone);
                        logger.LogInformation("ETA {Eta} in {Window}", slot.Eta, slot.Window);
                        logger.LogInformation("{A}", pair.Item2);
                    }

                    string Label((int Id, string Email) row) => row.Id + ":" + row.Email;

                    void Run(ILogger logger, int id)
                    {
                        logger.LogInformation("{L}", Label((id, "team@example.org")));
                    }

                    void Reassigned(ILogger logger, (string Name, string Phone) contact)
                    {
                        contact = ("desk", "0000");
                        logger.LogInformation("{P}", contact.Phone);
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
            ExpectedDiagnostics =
            {
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PII001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                    .WithMessage("tuple element 'Name' looks like personal data by its name (FullName) and reaches log sink 'ILogger.LogInformation' unredacted"),
            },
        },
    }.RunAsync();

    [Fact]
    public Task Without_inference_a_tuple_elements_name_is_no_source() => new LogTest
    {
        TestCode = """
            using Microsoft.Extensions.Logging;
            class Courier
            {
                void Announce(ILogger logger, (string Name, string Phone) contact)
                {
                    logger.LogInformation("Texting {Phone}", contact.Phone);
                }
            }
            """,
    }.RunAsync();
}
