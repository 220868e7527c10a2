using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Helpers declared in another file, read from their syntax: a call after <c>?.</c> carries the tested value, and a
/// delegate parameter the helper invokes returns what the lambda given for it returns.
/// </summary>
public sealed class OtherFileHelperFormsTests
{
    [Fact]
    public Task Conditional_calls_and_invoked_delegates_carry_their_values()
    {
        var test = new LogTest();
        test.TestState.Sources.Add(("/0/Service.cs", TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Service
            {
                void Run(User u, ILogger logger)
                {
                    logger.LogInformation("{V}", Generic.Describe({|PII001:u.Email|}));
                    logger.LogInformation("{V}", Generic.Describe(u.Id));
                    logger.LogInformation("{V}", Generic.Pick(u, x => {|PII001:x.Email|}));
                    logger.LogInformation("{V}", Generic.Pick(u, x => x.Id));
                    logger.LogInformation("{V}", Generic.Count(u, x => x.Email));
                }
            }
            """)));
        test.TestState.Sources.Add(("/0/Generic.cs", """
            using System;
            public static class Generic
            {
                public static string Describe<T>(T value) => value?.ToString() ?? "";
                public static TOut Pick<TIn, TOut>(TIn source, Func<TIn, TOut> selector) => selector(source);
                public static int Count<TIn>(TIn source, Func<TIn, string> selector) => selector(source).Length;
            }
            """));
        return test.RunAsync();
    }
}
