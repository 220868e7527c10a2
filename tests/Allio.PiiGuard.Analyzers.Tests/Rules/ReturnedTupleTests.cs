using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Tuples returned by methods of the compilation, and stored tuples, are read element by element.</summary>
public sealed class ReturnedTupleTests
{
    [Fact]
    public Task An_element_of_a_returned_tuple_carries_what_that_element_returns() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            (string Name, int Count) Info(User m) => (m.Email, 3);

            (string Contact, string Login) Pair(User m)
            {
                if (m.Id > 0) return (m.Phone, m.Login);
                return ("none", m.Login);
            }

            void Run(User m)
            {
                Console.WriteLine(Info(m).Count);
                Console.WriteLine({|PII001:Info(m)|}.Name);
                Console.WriteLine(Info(m).Item2);
                Console.WriteLine({|PII001:Info(m)|}.Item1);
                Console.WriteLine(Pair(m).Login);
                Console.WriteLine({|PII001:Pair(m)|}.Contact);
            }
        }
        """));

    [Fact]
    public Task Deconstructed_and_stored_tuples_give_each_variable_its_element() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            (string Name, int Count) Info(User m) => (m.Email, 3);

            void Run(User m)
            {
                var (n, c) = Info(m);
                Console.WriteLine(c);
                Console.WriteLine({|PII001:n|});
                var info = Info(m);
                Console.WriteLine(info.Count);
                Console.WriteLine({|PII001:info|}.Name);
                var pair = (m.Id, m.Phone);
                Console.WriteLine(pair.Item1);
                Console.WriteLine({|PII001:pair|}.Item2);
            }
        }
        """));

    [Fact]
    public Task Tuple_elements_follow_parameters_into_the_returned_tuple() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            (string First, string Second) Both(string a, string b) => (a, b);

            void Run(User m)
            {
                Console.WriteLine(Both("id", m.Email).First);
                Console.WriteLine(Both("id", {|PII001:m.Email|}).Second);
            }
        }
        """));

    [Fact]
    public Task An_element_of_a_tuple_returned_by_a_method_in_another_file_carries_what_that_element_returns()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System;
            class Service
            {
                void Run(User m, Lookup lookup)
                {
                    Console.WriteLine(lookup.Info(m).Count);
                    Console.WriteLine({|PII001:lookup.Info(m)|}.Name);
                    var (n, c) = lookup.Info(m);
                    Console.WriteLine(c);
                    Console.WriteLine({|PII001:n|});
                    Console.WriteLine(lookup.Pair(m).Login);
                    Console.WriteLine({|PII001:lookup.Pair(m)|}.Contact);
                    Console.WriteLine(Lookup.Both("id", m.Email).First);
                    Console.WriteLine(Lookup.Both("id", {|PII001:m.Email|}).Second);
                }
            }
            """));
        test.TestState.Sources.Add("""
            public sealed class Lookup
            {
                public (string Name, int Count) Info(User m) => (m.Email, 3);

                public (string Contact, string Login) Pair(User m)
                {
                    if (m.Id > 0) return (m.Phone, m.Login);
                    return ("none", m.Login);
                }

                public static (string First, string Second) Both(string a, string b) => (a, b);
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task A_tuple_literal_passed_to_a_method_that_logs_some_elements_reports_those_elements() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Count((string Name, int Count) info) => Console.WriteLine(info.Count);
            void Name((string Name, int Count) info) => Console.WriteLine("name " + info.Name);
            void Whole((string Name, int Count) info) => Console.WriteLine(info);
            void Both((string Name, string Contact) info) { Console.WriteLine(info.Name); Console.WriteLine(info.Item2); }

            void Run(User m)
            {
                Count((m.Email, 3));
                Name(({|PII001:m.Email|}, 3));
                Name((m.Login, m.Id));
                Whole(({|PII001:m.Email|}, 3));
                Both(({|PII001:m.Email|}, {|PII001:m.Phone|}));
                var pair = (m.Email, 3);
                Count(pair);
                Name({|PII001:pair|});
            }
        }
        """));
}
