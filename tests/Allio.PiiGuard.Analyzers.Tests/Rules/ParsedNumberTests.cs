using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A number computed from personal text (its length, a position in it) says nothing of the person; a number read from
/// it (<c>long.Parse(u.Phone)</c>, <c>Convert.ToInt64(u.Phone)</c>) is the same data written as a number.
/// </summary>
public sealed class ParsedNumberTests
{
    [Fact]
    public Task A_parsed_number_carries_its_text_and_a_computed_one_does_not() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Dialler
        {
            void Run(User u)
            {
                var digits = long.Parse(u.Phone);
                Console.WriteLine({|PII001:digits|});
                Console.WriteLine(Convert.ToInt64({|PII001:u.Phone|}));
                Console.WriteLine(u.Phone.Length);
                Console.WriteLine(u.Phone.IndexOf('7'));
                Console.WriteLine(int.Parse(u.Id.ToString()));
            }
        }
        """));
}
