using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Keys and values of dictionaries, pairs and groupings are told apart.</summary>
public sealed class KeyValuePartTests
{
    [Fact]
    public Task Keys_of_a_dictionary_with_personal_values_are_quiet() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        class Service
        {
            void Run(User u, List<User> users)
            {
                var byId = new Dictionary<int, string>();
                byId[u.Id] = u.Email;
                foreach (var pair in byId) Console.WriteLine(pair.Key);
                foreach (var pair in byId) Console.WriteLine({|PII001:pair|}.Value);
                foreach (var key in byId.Keys) Console.WriteLine(key);
                var added = new Dictionary<string, string>();
                added.Add(u.Login, u.Phone);
                foreach (var pair in added) Console.WriteLine(pair.Key);
                var projected = users.ToDictionary(x => x.Id, x => x.Email);
                foreach (var pair in projected) Console.WriteLine(pair.Key);
                foreach (var pair in projected) Console.WriteLine({|PII001:pair|}.Value);
            }
        }
        """));

    [Fact]
    public Task Personal_keys_are_reported() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        class Service
        {
            void Run(User u, List<User> users)
            {
                var byEmail = users.ToDictionary(x => x.Email, x => x.Id);
                foreach (var pair in byEmail) Console.WriteLine({|PII001:pair|}.Key);
                foreach (var pair in byEmail) Console.WriteLine(pair.Value);
                var indexed = new Dictionary<string, int>();
                indexed[u.Phone] = 1;
                foreach (var key in indexed.Keys) Console.WriteLine({|PII001:key|});
                foreach (var value in indexed.Values) Console.WriteLine(value);
                if (indexed.TryGetValue("x", out var found)) Console.WriteLine(found);
                var named = new Dictionary<string, string>();
                named[u.Email] = u.Login;
                if (named.TryGetValue("x", out var login)) Console.WriteLine(login);
                var entry = new KeyValuePair<string, int>(u.Email, u.Id);
                Console.WriteLine({|PII001:entry|}.Key);
                Console.WriteLine(entry.Value);
            }
        }
        """));

    [Fact]
    public Task A_deconstructed_pair_gives_its_key_and_its_value_apart() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        class Service
        {
            void Run(List<User> users)
            {
                var phones = users.ToDictionary(x => x.Id, x => x.Phone);
                foreach (var (id, phone) in phones)
                {
                    Console.WriteLine(id);
                    Console.WriteLine({|PII001:phone|});
                }

                foreach (var pair in phones)
                {
                    var (key, value) = pair;
                    Console.WriteLine(key);
                    Console.WriteLine({|PII001:value|});
                }

                var ids = users.ToDictionary(x => x.Email, x => x.Id);
                foreach (var (email, id) in ids)
                {
                    Console.WriteLine({|PII001:email|});
                    Console.WriteLine(id);
                }
            }
        }
        """));
}
