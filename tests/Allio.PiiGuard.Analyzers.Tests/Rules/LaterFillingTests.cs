using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// What is put into a collection or a builder after a read does not reach that read, unless a loop, a lambda, a local
/// function or a jump can run the filling first.
/// </summary>
public sealed class LaterFillingTests
{
    [Fact]
    public Task A_filling_after_the_read_does_not_reach_it() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Tags(ILogger logger, User c)
            {
                var tags = new Dictionary<string, string> { ["kind"] = "support" };
                logger.LogInformation("Tags {@Tags}", tags);
                tags["email"] = c.Email;
                logger.LogInformation("Tags {@Tags}", {|PII001:tags|});
            }

            void Builder(ILogger logger, User c)
            {
                var text = new System.Text.StringBuilder("user ");
                logger.LogInformation(text.ToString());
                text.Append(c.Phone);
                logger.LogInformation({|PII001:text|}.ToString());
            }

            void Looped(ILogger logger, User[] users)
            {
                var seen = new List<string>();
                foreach (var u in users)
                {
                    logger.LogInformation("Seen {Seen}", {|PII001:seen|});
                    seen.Add(u.Email);
                }
            }

            void Deferred(ILogger logger, User c)
            {
                var names = new List<string>();
                System.Action log = () => logger.LogInformation("Names {Names}", {|PII001:names|});
                names.Add(c.Email);
                log();
            }
        }
        """));
}
