using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A <c>Guid</c> that a call the engine cannot read returns for personal data (a record's key looked up by an e-mail)
/// holds none of it, also when deconstructed from what the call returned; text the same call returns still may.
/// </summary>
public sealed class LookedUpKeyTests
{
    [Fact]
    public Task A_key_looked_up_by_personal_data_is_clean() => LogVerify.VerifyAsync(TestModel.With("""
        #nullable enable
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        public interface IUserStore
        {
            Task<(Guid Id, string Hash)?> FindCredentialsAsync(string email);
            Task<Guid> IdOfAsync(string email);
            Task<string> DisplayOfAsync(string email);
        }
        class Service
        {
            async Task Run(ILogger logger, IUserStore users, User c)
            {
                var creds = await users.FindCredentialsAsync(c.Email);
                var (id, hash) = creds!.Value;
                logger.LogInformation("{Id}", id);
                var key = await users.IdOfAsync(c.Email);
                logger.LogInformation("{Key}", key);
                var shown = await users.DisplayOfAsync(c.Email);
                logger.LogInformation("{Shown}", {|PII001:shown|});
                var parsed = Guid.Parse(c.Phone);
                logger.LogInformation("{Parsed}", parsed);
            }
        }
        """));
}
