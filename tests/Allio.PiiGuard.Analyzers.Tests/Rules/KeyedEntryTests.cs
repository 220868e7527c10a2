using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>An entry written under a constant key is read back under the same key only.</summary>
public sealed class KeyedEntryTests
{
    [Fact]
    public Task Constant_keys_separate_entries() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        class Service
        {
            void Run(User u, string name)
            {
                var fields = new Dictionary<string, string>();
                fields["email"] = u.Email;
                fields["kind"] = "user";
                fields[name] = "any";
                Console.WriteLine({|PII001:fields|}["email"]);
                Console.WriteLine(fields["kind"]);
                Console.WriteLine({|PII001:fields|}[name]);
                var codes = new Dictionary<int, string>();
                codes[1] = u.Phone;
                codes[2] = "none";
                Console.WriteLine(codes[2]);
                Console.WriteLine({|PII001:codes|}[1]);
                foreach (var value in fields.Values) Console.WriteLine({|PII001:value|});
            }
        }
        """));

    [Fact]
    public Task An_initializer_s_entries_are_read_back_by_their_keys() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        class Service
        {
            void Run(User u, string name)
            {
                var map = new Dictionary<string, string> { ["email"] = u.Email, ["plan"] = "basic" };
                Console.WriteLine(map["plan"]);
                Console.WriteLine({|PII001:map|}["email"]);
                var pairs = new Dictionary<string, object?> { { "id", u.Id }, { "phone", u.Phone } };
                Console.WriteLine(pairs["id"]);
                Console.WriteLine({|PII001:pairs|}["phone"]);
                var open = new Dictionary<string, string> { [name] = u.Email, ["plan"] = "basic" };
                Console.WriteLine({|PII001:open|}["plan"]);
            }
        }
        """));
}
