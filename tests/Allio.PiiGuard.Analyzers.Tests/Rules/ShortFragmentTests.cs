using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A few characters cut from personal text by constant bounds (the last four of a card, an initial) carry no personal
/// data; longer or open-ended cuts, and cuts by bounds the code computes, still do.
/// </summary>
public sealed class ShortFragmentTests
{
    [Fact]
    public Task Short_cuts_are_masks_and_long_ones_are_not() => LogVerify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User c, int n)
            {
                logger.LogInformation("{Tail}", c.Phone[^2..]);
                logger.LogInformation("{Tail}", c.Email[^4..]);
                logger.LogInformation("{Initial}", c.Email[..1]);
                logger.LogInformation("{Part}", c.Email[2..5]);
                logger.LogInformation("{Tail}", c.Phone.Substring(c.Phone.Length - 4));
                logger.LogInformation("{Head}", c.Phone.Substring(0, 3));
                logger.LogInformation("{Rest}", {|PII001:c.Phone|}[2..]);
                logger.LogInformation("{Head}", {|PII001:c.Email|}[..10]);
                logger.LogInformation("{Cut}", {|PII001:c.Email|}[..n]);
                logger.LogInformation("{Rest}", {|PII001:c.Phone|}.Substring(3));
                logger.LogInformation("{Head}", {|PII001:c.Phone|}.Substring(0, 8));
                logger.LogInformation("{Tail}", {|PII001:c.Phone|}.Substring(c.Email.Length - 2));
            }
        }
        """));
}
