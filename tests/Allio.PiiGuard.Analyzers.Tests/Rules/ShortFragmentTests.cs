using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
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

    [Fact]
    public Task One_character_at_a_constant_place_is_an_initial() => LogVerify.VerifyAsync(TestModel.With("""
        using System;
        using System.Linq;
        using System.Text;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User c, int n)
            {
                var initials = string.Join("", c.Email.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p[0]));
                logger.LogInformation("{Initials}", initials);
                logger.LogInformation("{I1}", c.Email.Split(' ').Select(p => p[0]));
                logger.LogInformation("{I2}", string.Join("", c.Email.Split(' ').Select(p => p[0])));
                logger.LogInformation("{I3}", string.Concat(c.Email.Split(' ').Select(p => p[0])));
                logger.LogInformation("{First} {Last}", c.Email[0], c.Phone[^1]);
                logger.LogInformation("{First} {Last}", c.Email.FirstOrDefault(), c.Phone.Last());
                logger.LogInformation("{Seller}", $"{c?.Email.FirstOrDefault()}.");
                logger.LogInformation("{Letters}", {|PII001:c.Email|}.Where(char.IsLetter).First());
                logger.LogInformation("{At}", {|PII001:c.Email|}[n]);
                var copy = new StringBuilder();
                for (var i = 0; i < c.Email.Length; i++)
                {
                    copy.Append(c.Email[i]);
                }

                logger.LogInformation("{Copy}", {|PII001:copy|});
                logger.LogInformation("{Chars}", new string({|PII001:c.Email|}.Select(ch => ch).ToArray()));
            }
        }
        """));

    [Fact]
    public Task Cuts_bounded_by_Math_Min_keep_at_most_its_constant() => LogVerify.VerifyAsync(TestModel.With("""
        using System;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User user)
            {
                logger.LogInformation("{A}", user.Email[..Math.Min(4, user.Email.Length)]);
                logger.LogInformation("{A}", user.Email.Substring(0, Math.Min(user.Email.Length, 3)));
                var part = user.Email.Split('@').LastOrDefault()?.Trim();
                logger.LogInformation("{A}", part?[..Math.Min(3, part.Length)]);
                logger.LogInformation("{A}", {|PII001:user.Email|}[..Math.Min(12, user.Email.Length)]);
                logger.LogInformation("{A}", {|PII001:user.Email|}[Math.Min(4, user.Email.Length)..]);
                logger.LogInformation("{A}", {|PII001:user.Email|}[..Math.Max(4, user.Email.Length)]);
            }
        }
        """));

    [Fact]
    public Task A_text_cut_to_a_few_characters_unless_already_that_short_is_a_mask() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                TestModel.With("""
                    using Microsoft.Extensions.Logging;
                    class Service
                    {
                        void Run(ILogger logger, User user)
                        {
                            var email = user.Email;
                            logger.LogInformation("{A}", email.Length > 3 ? email[..3] : email);
                            logger.LogInformation("{A}", email.Length <= 4 ? email : email.Substring(0, 4));
                            logger.LogInformation("{A}", 2 < email.Length ? email[..2] : email);
                            logger.LogInformation("{A}", user.Phone.Length >= 3 ? user.Phone[..2] : user.Phone);
                            logger.LogInformation("{A}", Privacy.Area(user.Email));
                            logger.LogInformation("{A}", email.Length > 12 ? {|PII001:email|}[..12] : email);
                            logger.LogInformation("{A}", email.Length > 3 ? email[..3] : {|PII001:user.Phone|});
                            logger.LogInformation("{A}", email.Length < 3 ? email[..3] : {|PII001:email|});
                            logger.LogInformation("{A}", Privacy.Long({|PII001:user.Email|}));
                        }
                    }
                    """),
                ("/Privacy.cs", """
                    public static class Privacy
                    {
                        public static string Area(string postcode) => postcode.Length > 3 ? postcode[..3] : postcode;
                        public static string Long(string postcode) => postcode.Length > 30 ? postcode[..30] : postcode;
                    }
                    """),
            },
        },
    }.RunAsync();

    [Fact]
    public Task A_helper_in_another_file_that_keeps_a_few_characters_masks() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                TestModel.With("""
                    using Microsoft.Extensions.Logging;
                    class Service
                    {
                        void Run(ILogger logger, User c)
                        {
                            logger.LogInformation("{Tail} {Head} {End}", Privacy.Last4(c.Phone), Privacy.Initial(c.Email), Privacy.Ending(c.Phone));
                            logger.LogInformation("{Rest}", Privacy.Rest({|PII001:c.Phone|}));
                            logger.LogInformation("{Head}", Privacy.Head({|PII001:c.Email|}));
                        }
                    }
                    """),
                ("/Privacy.cs", """
                    public static class Privacy
                    {
                        public static string Last4(string? value)
                        {
                            if (string.IsNullOrEmpty(value) || value.Length < 4) return "****";
                            return "****" + value[^4..];
                        }

                        public static string Initial(string value) => value.Substring(0, 1) + ".";
                        public static string Ending(string value) => "..." + value.Substring(value.Length - 2);
                        public static string Rest(string value) => value[2..];
                        public static string Head(string value) => value.Substring(0, 8);
                    }
                    """),
            },
        },
    }.RunAsync();
}
