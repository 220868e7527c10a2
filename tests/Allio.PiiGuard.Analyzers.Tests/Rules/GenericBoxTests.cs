using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Generic boxes of the compilation hold what they were built from; hand-written backing fields hold what their marked property holds.</summary>
public sealed class GenericBoxTests
{
    [Fact]
    public Task A_box_holds_what_it_was_built_from() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        public sealed class Box<T>
        {
            public Box(T value) => Value = value;
            public T Value { get; }
            public T Field = default!;
            public List<T> Items { get; } = new();
        }
        class Service
        {
            Box<T> Wrap<T>(T x) => new(x);

            void Run(User m)
            {
                Console.WriteLine(Wrap({|PII001:m.Email|}).Value);
                Console.WriteLine(Wrap(m.Id).Value);
                Console.WriteLine(Wrap(m.Login).Value);
                var box = new Box<string>(m.Phone) { Field = m.Login };
                Console.WriteLine({|PII001:box|}.Field);
                Console.WriteLine(new Box<string>("none").Value);
                Console.WriteLine(box.Items.Count);
            }
        }
        """));

    [Fact]
    public Task A_boxs_key_holds_no_text_it_was_built_beside() => Verify.VerifyAsync(TestModel.With("""
        using System;
        public sealed class Outcome<T>
        {
            public T? Value { get; init; }
            public string? Error { get; init; }
            public T? Field;
            public static Outcome<T> Fail(string error) => new() { Error = error };
            public static Outcome<T> Ok(T value) => new() { Value = value };
        }
        class Service
        {
            Outcome<Guid> Apply(User u) => u.Login.Length == 0 ? Outcome<Guid>.Fail($"No login for {u.Email}") : Outcome<Guid>.Ok(Guid.NewGuid());

            void Run(User u)
            {
                var result = Apply(u);
                Console.WriteLine(result.Value);
                Console.WriteLine(result.Field);
                Console.WriteLine({|PII001:result|}.Error);
                var named = Outcome<string>.Ok(u.Email);
                Console.WriteLine({|PII001:named|}.Value);
            }
        }
        """));

    [Fact]
    public Task A_backing_field_holds_what_its_marked_property_holds() => Verify.VerifyAsync("""
        using System;
        using Allio.PiiGuard;
        public sealed class Account
        {
            private string _email = "";
            private string _note = "";
            private string _phone = "";

            [Pii(Kind = PiiKind.Email)]
            public string Email { get => _email; set => _email = value; }

            [Pii(Kind = PiiKind.Phone)]
            public string Phone { get { return this._phone; } }

            public string Note { get => _note; set => _note = value; }

            public void Print()
            {
                Console.WriteLine({|PII001:_email|});
                Console.WriteLine({|PII001:_phone|});
                Console.WriteLine(_note);
            }
        }
        """);
}
