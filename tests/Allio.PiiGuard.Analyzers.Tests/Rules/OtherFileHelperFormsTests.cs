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

    [Fact]
    public Task A_text_buffer_carries_what_the_method_appends_to_it()
    {
        var test = new LogTest();
        test.TestState.Sources.Add(("/0/Service.cs", TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Service
            {
                void Run(Skier skier, User u, ILogger logger)
                {
                    logger.LogDebug("Renewed for {Skier}", {|PII001:skier.ToString()|});
                    logger.LogDebug("Card {Card}", {|PII001:Cards.Describe(u)|});
                    logger.LogDebug("Card {Card}", Cards.Count(u));
                }
            }
            """)));
        test.TestState.Sources.Add(("/0/Skier.cs", """
            using System.Text;
            public class Skier
            {
                public int SkierId { get; set; }
                [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] public string Email { get; set; } = "";

                public override string ToString()
                {
                    var sb = new System.Text.StringBuilder();
                    sb.Append("Skier ").Append(SkierId);
                    sb.Append(" <").Append(Email).Append('>');
                    return sb.ToString();
                }
            }

            public static class Cards
            {
                public static string Describe(User user)
                {
                    var text = new StringBuilder("User ");
                    text.AppendLine(user.Phone);
                    return text.ToString();
                }

                public static string Count(User user)
                {
                    var text = new StringBuilder("User ");
                    text.Append(user.Id);
                    return text.ToString();
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_regex_replacement_returns_the_text_it_is_given()
    {
        var test = new LogTest();
        test.TestState.Sources.Add(("/0/Service.cs", TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Service
            {
                void Run(User u, ILogger logger)
                {
                    logger.LogInformation("{V}", {|PII001:u.Phone|}.NormalizePhone());
                    logger.LogInformation("{V}", Text.Digits({|PII001:u.Phone|}));
                    logger.LogInformation("{V}", {|PII001:u.Email|}.Squash());
                    logger.LogInformation("{V}", u.Login.Squash());
                }
            }
            """)));
        test.TestState.Sources.Add(("/0/Text.cs", """
            using System.Text.RegularExpressions;
            public static class Text
            {
                public static string NormalizePhone(this string phone) => NonDigits().Replace(phone, string.Empty);
                public static string Digits(string phone) => Regex.Replace(phone, "[^0-9]", "");
                public static string Squash(this string value) => Whitespace().Replace(value.Trim(), " ");

                private static Regex NonDigits() => new("[^0-9+]");

                private static Regex Whitespace() => new("\\s+");
            }
            """));
        return test.RunAsync();
    }
}
