using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A positional record's unmarked property holds what its primary constructor was given for it, followed through locals,
/// <c>?.</c>, <c>with</c> and LINQ (<c>Select</c>, <c>First</c>, <c>ToList</c>); a record that cannot be traced to its
/// construction assumes nothing. Tuple elements travel through the same LINQ calls element by element.
/// </summary>
public sealed class RecordElementTests
{
    [Fact]
    public Task A_record_property_holds_its_constructor_argument() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        public sealed record Row(int Rank, string Label, double Km);
        class Board
        {
            void Run(ILogger logger, List<User> users, Row given)
            {
                var rows = users.Select((u, i) => new Row(i + 1, u.Email, 4.2)).ToList();
                var leader = rows.OrderByDescending(r => r.Km).FirstOrDefault();
                logger.LogInformation("{Leader}", {|PII001:leader|}?.Label);
                logger.LogInformation("{Km} {Rank}", leader?.Km, leader?.Rank);

                var single = new Row(1, users[0].Phone, 1.0);
                logger.LogInformation("{Label}", {|PII001:single|}.Label);
                var renamed = single with { Label = "anonymous" };
                logger.LogInformation("{Label} {Rank}", renamed.Label, renamed.Rank);

                logger.LogInformation("{Label}", given.Label);
            }
        }
        """));

    [Fact]
    public Task Tuple_elements_travel_through_linq() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, List<User> people)
            {
                var rows = people.Select(p => (p.Id, p.Email)).ToList();
                logger.LogInformation("{A}", rows.First().Item1);
                logger.LogInformation("{A}", {|PII001:rows|}.First().Item2);
                var first = rows.Where(r => r.Id > 0).FirstOrDefault();
                logger.LogInformation("{A}", first.Item1);
                foreach (var (email, id) in people.Zip(rows, (p, r) => (p.Email, r.Id)))
                {
                    logger.LogInformation("{A}", id);
                    logger.LogInformation("{A}", {|PII001:email|});
                }
            }
        }
        """));
}
