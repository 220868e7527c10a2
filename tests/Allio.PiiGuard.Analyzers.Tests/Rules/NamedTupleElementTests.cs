using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A tuple local whose elements are named in its literal is followed element by element under those names.</summary>
public sealed class NamedTupleElementTests
{
    // The finding names the local whose element is read.
    [Fact]
    public Task Named_elements_of_a_tuple_local_are_followed_one_by_one() => LogVerify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User c)
            {
                var pair = (Id: c.Id, Mail: c.Email);
                logger.LogInformation("{Id}", pair.Id);
                logger.LogInformation("{Id}", pair.Item1);
                logger.LogInformation("{Mail}", {|PII001:pair|}.Mail);
                logger.LogInformation("{Mail}", {|PII001:pair|}.Item2);

                (int Key, string Text) typed = (c.Id, c.Phone);
                logger.LogInformation("{Key}", typed.Key);
                logger.LogInformation("{Text}", {|PII001:typed|}.Text);

                var inferred = (c.Id, c.Email);
                logger.LogInformation("{Id}", inferred.Id);
                logger.LogInformation("{Email}", {|PII001:inferred|}.Email);
            }
        }
        """));

    [Fact]
    public Task Named_elements_are_followed_one_by_one_under_inference()
    {
        var test = new LogVerify.Test
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                public class Customer { public int Id { get; set; } public string Email { get; set; } = ""; }
                class Service
                {
                    void Run(ILogger logger, Customer c)
                    {
                        var pair = (Id: c.Id, Mail: c.Email);
                        logger.LogInformation("{Id}", pair.Id);
                        logger.LogInformation("{Mail}", {|PII001:pair|}.Mail);
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }
}
