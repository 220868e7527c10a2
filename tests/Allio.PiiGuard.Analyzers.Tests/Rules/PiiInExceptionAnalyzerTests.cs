using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInExceptionAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

public sealed class PiiInExceptionAnalyzerTests
{
    [Fact]
    public Task Thrown_exception_message_with_member_warns() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u) => throw new InvalidOperationException($"No account for {{|#0:u.Email|}}");
        }
        """),
        new DiagnosticResult(Allio.PiiGuard.Analyzers.Rules.PiiInExceptionAnalyzer.Rule).WithLocation(0)
            .WithArguments("'User.Email'", "Email", "new InvalidOperationException"));

    [Fact]
    public Task Constructed_exception_and_argument_exceptions_warn() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            Exception Make(User u) => new ArgumentException("bad phone " + {|PII007:u.Phone|}, nameof(u));
            void Check(User u)
            {
                if (u.Id < 0) throw new ArgumentOutOfRangeException(nameof(u), {|PII007:u.Diagnosis|}, "negative");
            }
        }
        """));

    [Fact]
    public Task Custom_exception_type_warns() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class AccountException : Exception { public AccountException(string message) : base(message) { } }
        class Service
        {
            void Run(User u) => throw new AccountException(string.Format("user {0}", {|PII007:u.Email|}));
        }
        """));

    /// <summary>
    /// An exception of the compilation is given its message by the constructor it calls: what its own constructor keeps
    /// in a property is no part of the message, unless the type computes its message or writes its data; of an object
    /// whose members the message reads, only those members are.
    /// </summary>
    [Fact]
    public Task Custom_exception_arguments_count_when_they_reach_the_message() => Verify.VerifyAsync(TestModel.With("""
        using System;
        sealed class RejectedException(User user, string reason) : Exception($"User {user.Id} rejected: {reason}")
        {
            public User User { get; } = user;
        }
        sealed class QuietException : Exception
        {
            public QuietException(string email) { Email = email; }
            public string Email { get; }
        }
        sealed class ChainedException : Exception
        {
            public ChainedException(string detail, int code) : base(detail) { Code = code; }
            public int Code { get; }
        }
        sealed class ComputedException(string email) : Exception
        {
            public override string Message => "No account for " + email;
        }
        sealed class DataException : Exception
        {
            public DataException(string email) { Data["email"] = email; }
        }
        public sealed record Contact(int Id, [property: Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] string Email);
        sealed class ContactIdException(Contact contact) : Exception($"Contact {contact.Id} failed");
        sealed class ContactEmailException(Contact contact) : Exception($"Contact {contact.Email} failed");
        sealed class ContactException(Contact contact) : Exception($"Contact {contact} failed");
        class Service
        {
            void Fail(Contact c, int n)
            {
                if (n == 0) throw new ContactIdException(c);
                if (n == 1) throw new ContactEmailException({|PII007:c|});
                if (n == 2) throw new ContactException({|PII007:c|});
            }

            void Run(User u, int n)
            {
                if (n == 0) throw new RejectedException(u, "insufficient grounds");
                if (n == 1) throw new RejectedException(u, {|PII007:u.Email|});
                if (n == 2) throw new QuietException(u.Email);
                if (n == 3) throw new ChainedException({|PII007:u.Phone|}, 4);
                if (n == 4) throw new ComputedException({|PII007:u.Email|});
                if (n == 5) throw new DataException({|PII007:u.Email|});
            }
        }
        """));

    [Fact]
    public Task Message_built_in_local_and_builder_warns() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Text;
        class Service
        {
            void Run(User u)
            {
                var message = "Cannot reach " + u.Phone;
                var builder = new StringBuilder("user: ");
                builder.Append(u.Email);
                throw new AggregateException({|PII007:message|}, new Exception({|PII007:builder|}.ToString()));
            }
        }
        """));

    [Fact]
    public Task Pii_parameter_in_message_warns() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run([Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.GovernmentId)] string passport) =>
                throw new FormatException($"Bad passport {{|PII007:passport|}}");
        }
        """));

    [Fact]
    public Task Interprocedural_helper_warns() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            static string Who(User u) => $"{u.Email} ({u.Id})";
            void Run(User u) => throw new InvalidOperationException("Failed: " + {|PII007:Who(u)|});
        }
        """));

    [Fact]
    public Task Printing_record_in_message_warns() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(Applicant a) => throw new InvalidOperationException($"Rejected {{|PII007:a|}}");
        }
        """));

    [Fact]
    public Task Conditional_and_coalesce_warn() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u, bool byPhone) => throw new InvalidOperationException(byPhone ? {|PII007:u.Phone|} : ({|PII007:u.Email|} ?? "none"));
        }
        """));

    [Fact]
    public Task Identifier_in_message_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u) => throw new InvalidOperationException($"No account for user #{u.Id} ({u.Login})");
        }
        """));

    [Fact]
    public Task Masked_value_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Allio.PiiGuard;
        class Service
        {
            void Run(User u) => throw new InvalidOperationException($"No account for {PiiRedact.Mask(u.Email, PiiKind.Email)}");
        }
        """));

    [Fact]
    public Task Derived_facts_are_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u)
            {
                if (u.Email.Length > 100) throw new ArgumentException($"Email too long: {u.Email.Length} chars", nameof(u.Email));
                if (!u.Phone.StartsWith("+")) throw new FormatException("Phone without country code, has plus: " + u.Phone.Contains('+'));
            }
        }
        """));

    [Fact]
    public Task Personal_data_outside_exceptions_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Result { public Result(string text) { } }
        class Service
        {
            object Run(User u) => new Result(u.Email);
        }
        """));

    [Fact]
    public Task Inner_exception_argument_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u, Exception inner) => throw new InvalidOperationException("Lookup failed", inner);
        }
        """));

    [Fact]
    public Task Hashed_value_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Security.Cryptography;
        using System.Text;
        class Service
        {
            void Run(User u)
            {
                var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(u.Email)));
                throw new InvalidOperationException("No account " + id);
            }
        }
        """));

    [Fact]
    public Task Class_object_in_message_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u) => throw new InvalidOperationException($"Bad {u}");
        }
        """));

    [Fact]
    public Task Clean_helper_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            static string Describe(User u) => "user #" + u.Id;
            void Run(User u) => throw new InvalidOperationException(Describe(u));
        }
        """));
}
