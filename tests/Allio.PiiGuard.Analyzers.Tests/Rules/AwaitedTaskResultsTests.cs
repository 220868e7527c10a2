using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The results of <c>await Task.WhenAll(tasks)</c> are what the tasks give, item by item: an element of a result tuple
/// is told apart as it is for the items of a LINQ projection.
/// </summary>
public sealed class AwaitedTaskResultsTests
{
    [Fact]
    public Task Elements_of_awaited_results_are_told_apart() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        class Notifier
        {
            async Task NotifyAll(ILogger logger, List<User> users)
            {
                var tasks = users.Select(async u =>
                {
                    await Task.Delay(1);
                    return (u.Id, Sent: u.Email.Length > 0, u.Email);
                });
                var results = await Task.WhenAll(tasks);
                logger.LogInformation("Notified {Sent} of {Total}", results.Count(r => r.Sent), results.Length);
                foreach (var failed in results.Where(r => !r.Sent))
                {
                    logger.LogWarning("User {Id} has no e-mail", failed.Id);
                    logger.LogWarning("User {Email} bounced", {|PII001:failed|}.Email);
                }

                var delivered = results.Where(r => r.Sent).Select(r => r.Email);
                logger.LogInformation("Notified {Recipients}", {|PII001:delivered|});
                logger.LogInformation("Results {Results}", {|PII001:results|});
            }
        }
        """));
}
