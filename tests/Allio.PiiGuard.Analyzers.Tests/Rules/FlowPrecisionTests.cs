using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>What text sinks print of whole objects, and elements read back from collections built with initializers.</summary>
public sealed class FlowPrecisionTests
{
    private const string Cards = """

        namespace Shop
        {
            using Allio.PiiGuard;

            public record Card(int Id, [Pii(Kind = PiiKind.FirstName)] string Holder);
            public record struct Pass(int Id, [Pii(Kind = PiiKind.FirstName)] string Holder);
            public record Badge(int Id)
            {
                [Pii(Kind = PiiKind.Email)] public string Email { get; init; } = "";
            }
            public record Label(int Id, string Text);
            public class Own
            {
                [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
                public override string ToString() => "Own " + Email;
            }
            public class OwnClean
            {
                [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
                public int Id { get; set; }
                public override string ToString() => "Own " + Id;
            }
            public record OwnRecord([property: Pii(Kind = PiiKind.Email)] string Email)
            {
                public override string ToString() => "Contact " + Email;
            }
        }
        """;

    [Fact]
    public Task Records_printed_by_the_compiler_leak_in_every_text_form() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        using Shop;
        class Service
        {
            static void Log<T>(ILogger logger, T value) => logger.LogInformation("Value {V}", value);
            static void Print<T>(ILogger logger, T value) => logger.LogInformation(value!.ToString());
            void Run(ILogger logger, Card card, Pass pass, Badge badge, Label label)
            {
                logger.LogInformation("Card {Card}", {|PII001:card|});
                logger.LogInformation({|PII001:card|}.ToString());
                logger.LogInformation($"Pass {{|PII001:pass|}}");
                Log(logger, {|PII001:card|});
                Print(logger, {|PII001:badge|});
                logger.LogInformation("Label {L}", label);
                Log(logger, label);
                Print(logger, label);
            }
        }
        """) + Cards);

    [Fact]
    public Task Hand_written_ToString_is_judged_by_what_it_returns() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        using Shop;
        class Service
        {
            void Run(ILogger logger, Own own, OwnClean clean, OwnRecord record)
            {
                logger.LogInformation("Own {P}", {|PII001:own|});
                logger.LogInformation("Own " + {|PII001:own|});
                logger.LogInformation($"Own {{|PII001:record|}}");
                logger.LogInformation({|PII001:own.ToString()|});
                logger.LogInformation("Clean {P}", clean);
                logger.LogInformation($"Clean {clean}");
                logger.LogInformation(clean.ToString());
            }
        }
        """) + Cards);

    [Fact]
    public Task Elements_of_initialized_lists_are_read_back_by_index() => Verify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User c)
            {
                var list = new List<string> { c.Email };
                logger.LogInformation({|PII001:list|}[0]);
                var ids = new List<int> { c.Id };
                logger.LogInformation("{I}", ids[0]);
                var names = new List<string> { c.Login, "x" };
                logger.LogInformation(names[1]);
                string[] array = [c.Email];
                logger.LogInformation({|PII001:array|}[0]);
            }
        }
        """));

    [Fact]
    public Task Delegates_held_in_fields_and_properties_carry_what_they_return() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            private readonly Func<User, string> _format = c => c.Email;
            private Func<User, string> Format { get; } = c => c.Phone;
            private readonly Func<User, string> _login;
            private readonly Func<User, string> _contact;
            private readonly Func<User, int> _id = c => c.Id;
            Service()
            {
                _login = c => c.Login;
                _contact = Contact;
            }
            static string Contact(User c) => c.Email;
            void Run(ILogger logger, User c)
            {
                logger.LogInformation({|PII001:_format|}(c));
                logger.LogInformation({|PII001:Format|}(c));
                logger.LogInformation({|PII001:_contact|}(c));
                logger.LogInformation(_login(c));
                logger.LogInformation("{I}", _id(c));
            }
        }
        """));

    [Fact]
    public Task A_cleared_builder_holds_only_what_is_appended_after() => Verify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Text;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User c, bool flag)
            {
                var sb = new StringBuilder();
                sb.Append(c.Email).Append(';');
                logger.LogInformation({|PII001:sb|}.ToString());
                sb.Clear();
                sb.Append("x");
                logger.LogInformation(sb.ToString());
                sb.Append(c.Phone);
                logger.LogInformation({|PII001:sb|}.ToString());
                var list = new List<string>();
                list.Add(c.Email);
                if (flag) list.Clear();
                logger.LogInformation({|PII001:list|}[0]);
                list.Clear();
                list.Add(c.Login);
                logger.LogInformation(list[0]);
            }
        }
        """));
}
