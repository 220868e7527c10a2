using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
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

    [Fact]
    public Task An_entry_removed_before_the_read_is_gone() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(User u, ILogger log, bool audit)
            {
                var fields = new Dictionary<string, object?> { ["phone"] = u.Phone, ["tenant"] = "t1" };
                log.LogInformation("Lookup {@Fields}", {|PII001:fields|});
                fields.Remove("phone");
                log.LogInformation("Audit {@Fields}", fields);

                var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["tenant"] = "t1" };
                extra["email"] = u.Email;
                extra["mail"] = u.Email;
                extra.Remove("email");
                log.LogInformation("Extra {@Fields}", {|PII001:extra|});

                var kept = new Dictionary<string, object?> { ["phone"] = u.Phone };
                if (audit)
                {
                    kept.Remove("phone");
                }

                log.LogInformation("Kept {@Fields}", {|PII001:kept|});

                var other = new Dictionary<string, object?> { ["email"] = u.Email, ["phone"] = u.Phone };
                other.Remove("phone");
                log.LogInformation("Other {@Fields}", {|PII001:other|});
            }
        }
        """));

    [Fact]
    public Task A_helper_of_another_file_returns_what_it_filled_the_collection_with()
    {
        var test = new LogTest();
        test.TestState.Sources.Add(("/0/Dispatch.cs", TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Dispatch
            {
                void Run(User u, ILogger logger)
                {
                    using (logger.BeginScope(u.LogFields())) { }
                    using (logger.BeginScope({|PII001:u.ContactFields()|})) { }
                    logger.LogInformation("To {Recipients}", {|PII001:u.Recipients()|});
                    logger.LogInformation("Tags {Tags}", u.Tags());
                }
            }
            """)));
        test.TestState.Sources.Add(("/0/UserFields.cs", """
            using System.Collections.Generic;
            public static class UserFields
            {
                public static IDictionary<string, object?> LogFields(this User u) => new Dictionary<string, object?> { ["Id"] = u.Id };

                public static IDictionary<string, object?> ContactFields(this User u)
                {
                    var fields = u.LogFields();
                    fields["Phone"] = u.Phone;
                    return fields;
                }

                public static List<string> Recipients(this User u)
                {
                    var list = new List<string>();
                    list.Add(u.Email);
                    return list;
                }

                public static List<string> Tags(this User u)
                {
                    var tags = new List<string>();
                    tags.Add("user");
                    return tags;
                }
            }
            """));
        return test.RunAsync();
    }
}
