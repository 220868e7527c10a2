using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>The class form of a tuple (<c>Tuple.Create(a, b)</c>, <c>new Tuple&lt;…&gt;(a, b)</c>) is read item by item, like a value tuple.</summary>
public sealed class TupleClassTests
{
    [Fact]
    public Task Items_of_a_tuple_class_are_followed_one_by_one() => LogVerify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User c)
            {
                var created = Tuple.Create(c.Id, c.Email);
                logger.LogInformation("{Id}", created.Item1);
                logger.LogInformation("{Email}", {|PII001:created|}.Item2);
                logger.LogInformation("{Pair}", {|PII001:created|});

                var built = new Tuple<string, int>(c.Phone, c.Id);
                logger.LogInformation("{Id}", built.Item2);
                logger.LogInformation("{Phone}", {|PII001:built|}.Item1);
            }
        }
        """));
}
