using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>The ways personal data travels between a source and a sink, and where it stops.</summary>
public sealed class TravelFormsTests
{
    [Fact]
    public Task Field_written_in_one_method_is_read_in_another()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System;
            partial class Cache
            {
                private string _clean = "";
                public void Dump()
                {
                    Console.WriteLine({|PII001:_last|});
                    Console.WriteLine(_clean);
                    Console.WriteLine({|PII001:Contact|});
                }
            }
            """));
        test.TestState.Sources.Add("""
            partial class Cache
            {
                private string _last = "";
                public string Contact { get; private set; } = "";
                public void Remember(User u)
                {
                    _last = u.Email;
                    _clean = "n/a " + u.Id;
                    Contact = u.Phone.Trim();
                }
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Out_and_ref_arguments_bring_data_back() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            static bool TryFind(User u, out string email) { email = u.Email; return true; }
            static void Code(User u, out string code) { code = "c" + u.Id; }
            static void Append(User u, ref string text) { text += u.Phone; }
            void Run(User u, string input)
            {
                if (TryFind(u, out var found)) Console.WriteLine({|PII001:found|});
                Code(u, out var code);
                Console.WriteLine(code);
                Console.WriteLine(TryFind(u, out _));
                var text = "";
                Append(u, ref text);
                Console.WriteLine({|PII001:text|});
                int.TryParse(input, out var number);
                Console.WriteLine(number);
            }
        }
        """));

    [Fact]
    public Task Delegates_and_local_functions_carry_what_they_return() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            static string EmailOf(User u) => u.Email;
            void Run(User u)
            {
                Func<string> contact = () => u.Email;
                Console.WriteLine({|PII001:contact()|});
                Func<User, string> pick = x => x.Phone;
                Console.WriteLine({|PII001:pick(u)|});
                Func<User, string> named = EmailOf;
                Console.WriteLine({|PII001:named|}(u));
                Func<string> id = () => u.Id.ToString();
                Console.WriteLine(id());

                string Mail() => u.Email;
                string Safe() => "x" + u.Id;
                Console.WriteLine({|PII001:Mail()|});
                Console.WriteLine(Safe());
            }
        }
        """));

    [Fact]
    public Task Awaited_helpers_and_task_run_carry_their_results() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Threading.Tasks;
        class Service
        {
            static async Task<string> EmailOf(User u) { await Task.Yield(); return u.Email; }
            static Task<int> IdOf(User u) => Task.FromResult(u.Id);
            static ValueTask<string> PhoneOf(User u) => new ValueTask<string>(u.Phone);
            async Task Run(User u)
            {
                Console.WriteLine(await {|PII001:EmailOf(u)|});
                Console.WriteLine(await {|PII001:PhoneOf(u)|});
                Console.WriteLine(await Task.Run(() => {|PII001:u.Phone|}));
                Console.WriteLine(await Task.Run(() => u.Id));
                Console.WriteLine(await IdOf(u));
                Console.WriteLine(Task.FromResult({|PII001:u.Email|}).Result);
            }
        }
        """));

    [Fact]
    public Task Extension_methods_and_params_arrays()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System;
            class Service
            {
                void Run(User u)
                {
                    Console.WriteLine({|PII001:u.Contact()|});
                    Console.WriteLine(u.Code());
                    Lines.Write("a", {|PII001:u.Email|}, "b");
                    Lines.Write("a", u.Login);
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System;
            static class UserExtensions
            {
                public static string Contact(this User u) => u.Email.ToLowerInvariant();
                public static string Code(this User u) => "U" + u.Id;
            }
            static class Lines
            {
                public static void Write(params string[] parts) => Console.WriteLine(string.Join(",", parts));
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task Deconstruction_of_an_object_taints_element_by_element() => Verify.VerifyAsync(TestModel.With("""
        using System;
        public sealed class Member
        {
            public int Id { get; set; }
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] public string Email { get; set; } = "";
            public void Deconstruct(out int id, out string email) { id = Id; email = Email; }
        }
        class Service
        {
            void Run(Member member, Applicant applicant, User u)
            {
                var (id, email) = member;
                Console.WriteLine(id);
                Console.WriteLine({|PII001:email|});
                var (last, number) = applicant;
                Console.WriteLine({|PII001:last|});
                Console.WriteLine(number);
                var renamed = applicant with { Id = u.Id };
                Console.WriteLine(renamed.Id);
                Console.WriteLine({|PII001:renamed|});
            }
        }
        """));

    [Fact]
    public Task Dictionary_values_carry_and_counts_do_not() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        class Service
        {
            void Run(User u)
            {
                var byName = new Dictionary<string, string>();
                byName["a"] = u.Email;
                foreach (var pair in byName) Console.WriteLine({|PII001:pair|}.Value);
                Console.WriteLine(string.Join(",", {|PII001:byName|}.Values));
                Console.WriteLine(byName.Count);
                Console.WriteLine(byName.ContainsKey("a"));
            }
        }
        """));

    [Fact]
    public Task Library_calls_carry_their_inputs_and_their_result_type_cuts() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class Service
        {
            void Run(User u)
            {
                Console.WriteLine(new Lazy<string>(() => u.Id.ToString()).Value);
                Console.WriteLine(Tuple.Create({|PII001:u.Email|}, 1));
                Console.WriteLine(u.Email.Length);
                Console.WriteLine(u.Email.IndexOf('@'));
                Console.WriteLine(u.Email.Contains("x"));
                Console.WriteLine(u.Email.GetHashCode());
                Console.WriteLine(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(u.Email))));
                Console.WriteLine(Math.Max(u.Id, 3));
            }
        }
        """));

    [Fact]
    public Task Helpers_in_another_file_carry_what_flows_into_calls_they_do_not_know()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System;
            class Service
            {
                void Run(User u)
                {
                    Console.WriteLine({|PII001:Helpers.Boxed(u)|});
                    Console.WriteLine({|PII001:Helpers.Pair(u)|});
                    Console.WriteLine(Helpers.Has(u));
                    Console.WriteLine(Helpers.Masked(u));
                    Console.WriteLine(Helpers.Length(u));
                }
            }
            """));
        test.TestState.Sources.Add("""
            using Allio.PiiGuard;
            static class Format
            {
                public static string Box(string text) => "[" + text + "]";
                public static int Measure(string text) => text.Length;
            }
            static class Helpers
            {
                public static string Boxed(User u) => Format.Box(u.Email);
                public static string Pair(User u) => new System.Text.StringBuilder(u.Phone).ToString();
                public static bool Has(User u) => u.Email.Contains("@");
                public static string Masked(User u) => PiiRedact.Mask(u.Email);
                public static string Length(User u) => "len " + Format.Measure(u.Email);
            }
            """);
        return test.RunAsync();
    }
}
