using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII001: tuples kept in fields and properties, or in locals passed on, are read element by element.</summary>
public sealed class StoredTupleTests
{
    [Fact]
    public Task A_tuple_kept_in_a_field_or_property_is_read_element_by_element() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            private (int Id, string Email) _last;
            private (string Contact, int Count) Recent { get; set; }
            private (int, string) _plain;

            void Remember(User u)
            {
                _last = (u.Id, u.Email);
                Recent = (u.Phone, 1);
                _plain = (u.Id, u.Login);
            }

            void Report()
            {
                Console.WriteLine(_last.Id);
                Console.WriteLine(_last.Item1);
                Console.WriteLine({|PII001:_last|}.Email);
                Console.WriteLine({|PII001:_last|}.Item2);
                Console.WriteLine(Recent.Count);
                Console.WriteLine({|PII001:Recent|}.Contact);
                Console.WriteLine(_plain.Item2);
                var (id, email) = _last;
                Console.WriteLine(id);
                Console.WriteLine({|PII001:email|});
            }
        }
        """));

    [Fact]
    public Task A_tuple_field_stored_in_another_file_is_read_element_by_element()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System;
            partial class Service
            {
                void Report()
                {
                    Console.WriteLine(_last.Id);
                    Console.WriteLine({|PII001:_last|}.Email);
                }
            }
            """));
        test.TestState.Sources.Add("""
            partial class Service
            {
                private (int Id, string Email) _last;

                void Remember(User u) => _last = (u.Id, u.Email);
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task A_tuple_local_passed_to_a_helper_reports_only_the_elements_it_logs() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            private (int Id, string Email) _last;

            void LogId((int Id, string Email) entry) => Console.WriteLine(entry.Id);
            void LogEmail((int Id, string Email) entry) => Console.WriteLine("to " + entry.Email);

            void Run(User u)
            {
                var entry = (u.Id, u.Email);
                LogId(entry);
                LogEmail({|PII001:entry|});
                _last = (u.Id, u.Email);
                LogId(_last);
                LogEmail({|PII001:_last|});
                var clean = (u.Id, u.Login);
                LogEmail(clean);
            }
        }
        """));

    [Fact]
    public Task A_tuple_passed_to_a_helper_of_another_file_is_read_by_the_elements_it_logs()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            class Service
            {
                void Run(User u, Journal journal)
                {
                    var entry = (u.Id, u.Email);
                    journal.Id(entry);
                    journal.Email({|PII001:entry|});
                    journal.Id((u.Id, u.Email));
                    journal.Email((u.Id, {|PII001:u.Email|}));
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System;
            public class Journal
            {
                public void Id((int Id, string Email) entry) => Console.WriteLine(entry.Id);

                public void Email((int Id, string Email) entry)
                {
                    var text = "to " + entry.Email;
                    Console.WriteLine(text);
                }
            }
            """);
        return test.RunAsync();
    }
}
