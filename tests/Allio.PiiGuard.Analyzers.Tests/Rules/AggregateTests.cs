using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A total or an average over many people's records describes the group; one person's own figure or a sum kept per person
/// still carries a person's data.
/// </summary>
public sealed class AggregateTests
{
    private const string Staff = """

        public sealed class Employee
        {
            public int Id { get; set; }
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.LastName)] public string LastName { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.SalaryExpectation)] public decimal Salary { get; set; }
        }
        """;

    [Fact]
    public Task Sums_and_averages_over_people_are_the_groups() => LogVerify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        class Payroll
        {
            void Run(ILogger logger, List<Employee> staff, Employee one, decimal[] salaries)
            {
                logger.LogInformation("{Total}", staff.Sum(e => e.Salary));
                logger.LogInformation("{Average}", staff.Average(e => e.Salary));
                decimal total = 0;
                foreach (var e in staff)
                {
                    var monthly = e.Salary / 12m;
                    total += monthly;
                    logger.LogDebug("{Monthly}", {|PII001:monthly|});
                }

                logger.LogInformation("{Total}", total);

                logger.LogInformation("{Own}", {|PII001:one.Salary|});
                decimal perPerson = 0;
                foreach (var salary in salaries)
                {
                    perPerson += salary;
                }

                logger.LogInformation("{Sum}", perPerson);
                foreach (var e in staff)
                {
                    decimal mine = 0;
                    mine += e.Salary;
                    logger.LogDebug("{Mine}", {|PII001:mine|});
                }
            }
        }
        """ + Staff);

    [Fact]
    public Task A_ratio_to_a_figure_does_not_give_the_figure_back() => LogVerify.VerifyAsync("""
        using Microsoft.Extensions.Logging;
        class Affordability
        {
            void Check(ILogger logger, Employee e, decimal deposits, decimal bonus)
            {
                var ratio = e.Salary == 0 ? 1m : deposits * 12 / e.Salary;
                logger.LogWarning("Ratio {Ratio:P0}", ratio);
                logger.LogWarning("Share {Share}", (deposits + 100m) / e.Salary);
                logger.LogWarning("Monthly {Monthly}", {|PII001:e.Salary|} / 12);
                logger.LogWarning("Inverse {Inverse}", 1m / {|PII001:e.Salary|});
                logger.LogWarning("Bonus share {Share}", {|PII001:e.Salary|} * 2 / deposits);
            }
        }
        """ + Staff);
}
