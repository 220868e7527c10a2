using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInExceptionAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII007 on the framework's guard helpers: the out-of-range ones write the value into the exception's message; the
/// null and empty ones write only the parameter's name.
/// </summary>
public sealed class ExceptionGuardTests
{
    [Fact]
    public Task Out_of_range_guards_write_the_value_null_guards_do_not() => Verify.VerifyAsync(
        """
        using System;
        using Allio.PiiGuard;
        public class Member
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.BirthDate)] public DateTime DateOfBirth { get; set; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
        }
        class C
        {
            void Run(Member m)
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThan({|PII007:m.DateOfBirth|}, DateTime.Today);
                ArgumentOutOfRangeException.ThrowIfLessThan(DateTime.Today, {|PII007:m.DateOfBirth|});
                ArgumentOutOfRangeException.ThrowIfNegative(m.Id);
                ArgumentException.ThrowIfNullOrWhiteSpace(m.Email);
                ArgumentNullException.ThrowIfNull(m.Email);
            }
        }
        """);
}
