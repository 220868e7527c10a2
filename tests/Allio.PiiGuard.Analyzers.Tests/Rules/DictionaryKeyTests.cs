using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII001: the keys of dictionaries apart from their values, in locals, members and parameters, across files.</summary>
public sealed class DictionaryKeyTests
{
    [Fact]
    public Task Keys_built_from_personal_data_are_personal_and_the_values_are_not() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        class Service
        {
            void Run(User[] users)
            {
                var counts = new Dictionary<string, int>();
                foreach (var u in users)
                {
                    counts[u.Email] = 1;
                }

                foreach (var k in counts.Keys) Console.WriteLine({|PII001:k|});
                foreach (var v in counts.Values) Console.WriteLine(v);
                foreach (var pair in counts) Console.WriteLine(pair.Value);
            }
        }
        """));

    [Fact]
    public Task Keys_of_a_dictionary_member_filled_from_personal_data_are_personal() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        class Service
        {
            private readonly Dictionary<string, int> _counts = new();
            private readonly Dictionary<int, string> _logins = new();
            private Dictionary<string, string> Names { get; } = new();

            void Add(User u)
            {
                _counts[u.Email] = 1;
                _logins.Add(u.Id, u.Login);
                Names.TryAdd(u.Login, u.Phone);
            }

            void Dump()
            {
                foreach (var k in _counts.Keys) Console.WriteLine({|PII001:k|});
                foreach (var v in _counts.Values) Console.WriteLine(v);
                foreach (var pair in _counts) Console.WriteLine(pair.Value);
                foreach (var login in _logins.Values) Console.WriteLine(login);
                foreach (var name in Names.Keys) Console.WriteLine(name);
                foreach (var phone in Names.Values) Console.WriteLine({|PII001:phone|});
            }
        }
        """));

    [Fact]
    public Task A_member_filled_from_a_local_declared_with_its_type_holds_that_types_data() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        class Service
        {
            private readonly Dictionary<int, string> _phones = new();
            private readonly Dictionary<int, string> _logins = new();

            void Add(string json)
            {
                User? user;
                try
                {
                    user = System.Text.Json.JsonSerializer.Deserialize<User>(json);
                }
                catch (System.Text.Json.JsonException)
                {
                    return;
                }

                if (user is null) return;
                _phones[user.Id] = user.Phone;
                _logins[user.Id] = user.Login;
            }

            void Dump()
            {
                foreach (var (id, phone) in _phones) Console.WriteLine({|PII001:phone|});
                foreach (var (id, login) in _logins) Console.WriteLine(login);
            }
        }
        """));

    [Fact]
    public Task A_dictionary_passed_to_a_helper_that_logs_its_keys_is_reported_only_for_personal_keys() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        class Service
        {
            void Keys(Dictionary<string, int> counts) { foreach (var k in counts.Keys) Console.WriteLine(k); }
            void Values(Dictionary<string, int> counts) { foreach (var v in counts.Values) Console.WriteLine(v); }

            void Run(User u)
            {
                var byEmail = new Dictionary<string, int>();
                byEmail[u.Email] = 1;
                var byLogin = new Dictionary<string, int> { [u.Login] = u.Id };
                Keys({|PII001:byEmail|});
                Values(byEmail);
                Keys(byLogin);
            }
        }
        """));

    [Fact]
    public Task A_dictionary_passed_to_a_helper_of_another_file_is_read_by_the_part_it_logs()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System.Collections.Generic;
            class Service
            {
                void Run(User u, Report report)
                {
                    var byEmail = new Dictionary<string, int>();
                    byEmail[u.Email] = 1;
                    var phones = new Dictionary<int, string> { [u.Id] = u.Phone };
                    report.Keys({|PII001:byEmail|});
                    report.Values(byEmail);
                    report.Pairs({|PII001:byEmail|});
                    report.Keys(new Dictionary<string, int> { [u.Login] = 2 });
                    report.Names(phones);
                    report.Entries({|PII001:phones|});
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System;
            using System.Collections.Generic;
            public class Report
            {
                public void Keys(Dictionary<string, int> counts)
                {
                    foreach (var k in counts.Keys) Console.WriteLine("key " + k);
                }

                public void Values(Dictionary<string, int> counts)
                {
                    foreach (var v in counts.Values) Console.WriteLine(v);
                }

                public void Pairs(Dictionary<string, int> counts)
                {
                    foreach (var pair in counts) Console.WriteLine(pair.Key);
                }

                public void Names(Dictionary<int, string> map)
                {
                    var ids = map.Keys;
                    foreach (var id in ids) Console.WriteLine(id);
                }

                public void Entries(Dictionary<int, string> map) => Console.WriteLine(map[1]);
            }
            """);
        return test.RunAsync();
    }
}
