using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Engine behaviour every flow rule inherits, seen through the log rule.</summary>
public sealed class FlowEngineTests
{
    [Fact]
    public Task Helper_in_another_file_is_summarized_from_its_syntax()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System;
            class Service
            {
                void Run(User u)
                {
                    Console.WriteLine({|PII001:Contacts.Of(u)|});
                    Console.WriteLine(Contacts.Quote({|PII001:u.Phone|}));
                    Console.WriteLine(Contacts.Safe(u));
                }
            }
            """));
        test.TestState.Sources.Add("""
            static class Contacts
            {
                public static string Of(User u) { return $"{u.Email.Trim()} / {u.Id}"; }
                public static string Quote(string text) => "'" + text + "'";
                public static string Safe(User u) => "#" + u.Id;
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Computed_property_is_summarized() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Card
        {
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FirstName)] private readonly string _first = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.LastName)] public string Last { get; } = "";
            public string FullName => _first + " " + Last;
            public string Code => "C-1";
            void Run()
            {
                Console.WriteLine({|PII001:FullName|});
                Console.WriteLine(Code);
            }
        }
        """));

    [Fact]
    public Task Recursive_helpers_terminate() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            static string Walk(User u, int n) => n == 0 ? u.Email : Walk(u, n - 1);
            static string Ping(int n) => n == 0 ? "" : Pong(n - 1);
            static string Pong(int n) => Ping(n);
            void Run(User u)
            {
                Console.WriteLine({|PII001:Walk(u, 3)|});
                Console.WriteLine(Ping(2));
            }
        }
        """));

    [Fact]
    public Task Locals_stored_from_each_other_terminate_and_still_carry_taint() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u, int n)
            {
                var text = "";
                var other = "";
                var clean = "";
                for (var i = 0; i < n; i++)
                {
                    text = text + other;
                    other = other + text + u.Email;
                    clean = clean + i;
                }

                Console.WriteLine({|PII001:text|});
                Console.WriteLine({|PII001:other|});
                Console.WriteLine(clean);
            }
        }
        """));

    [Fact]
    public Task Foreach_deconstruction_patterns_and_out_values_carry_taint() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        class Service
        {
            void Run(User u, object boxed)
            {
                foreach (var email in new[] { u.Email }) Console.WriteLine({|PII001:email|});
                var (mail, id) = (u.Email, u.Id);
                Console.WriteLine({|PII001:mail|});
                Console.WriteLine(id);
                object o = u.Phone;
                if (o is string phone) Console.WriteLine({|PII001:phone|});
                var byId = new Dictionary<int, string> { [u.Id] = u.Email };
                if (byId.TryGetValue(1, out var found)) Console.WriteLine({|PII001:found|});
            }
        }
        """));

    [Fact]
    public Task Lambda_parameters_take_their_source_collection() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Linq;
        class Service
        {
            void Run(User[] users)
            {
                var emails = users.Select(x => x.Email).ToList();
                Console.WriteLine(string.Join(",", {|PII001:emails|}.Select(e => e.ToUpperInvariant())));
                Console.WriteLine(users.Count(x => x.Email.EndsWith(".ru")));
            }
        }
        """));

    [Fact]
    public Task Foreign_classifications_are_personal_data() => Verify.VerifyAsync("""
        using System;
        using Microsoft.Extensions.Compliance.Classification;
        class SecretAttribute : DataClassificationAttribute { public SecretAttribute() : base(new DataClassification("t", "s")) { } }
        class Account
        {
            [Secret] public string Iban { get; set; } = "";
            [Allio.PiiGuard.NotPii] public string Email { get; set; } = "";
            void Run() { Console.WriteLine({|#0:Iban|}); Console.WriteLine(Email); }
        }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithArguments("'Account.Iban'", "PersonalData", "Console.WriteLine"));

    [Fact]
    public Task Class_level_mark_covers_members() => Verify.VerifyAsync("""
        using System;
        [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.PostalAddress)]
        class Address
        {
            public string Street { get; set; } = "";
            public static string Country => "RU";
            void Run() { Console.WriteLine({|PII001:Street|}); Console.WriteLine(Country); }
        }
        """);

    [Fact]
    public Task Generated_redaction_hooks_are_sanitizers() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Text;
        using Microsoft.Extensions.Compliance.Redaction;
        partial class Profile
        {
            [Allio.PiiGuard.Pii] public string Email { get; set; } = "";
            public string ToString(IRedactorProvider redactors) => "***";
            public void AppendRedacted(StringBuilder builder, IRedactorProvider redactors) { }
            void Run(IRedactorProvider redactors)
            {
                Console.WriteLine(ToString(redactors));
                var builder = new StringBuilder();
                AppendRedacted(builder, redactors);
                Console.WriteLine(builder.ToString());
            }
        }
        """));
}
