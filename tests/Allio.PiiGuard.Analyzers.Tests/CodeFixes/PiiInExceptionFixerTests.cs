using Allio.PiiGuard.Analyzers.Tests.Rules;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Allio.PiiGuard.Analyzers.Rules.PiiInExceptionAnalyzer, Allio.PiiGuard.CodeFixes.PiiInExceptionFixer>;

namespace Allio.PiiGuard.Analyzers.Tests.CodeFixes;

public sealed class PiiInExceptionFixerTests
{
    [Fact]
    public Task Wraps_concatenated_member() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u) => throw new InvalidOperationException("No account for " + {|PII007:u.Email|});
        }
        """), TestModel.With("""
        using System;
        using Allio.PiiGuard;
        class Service
        {
            void Run(User u) => throw new InvalidOperationException("No account for " + PiiRedact.Mask(u.Email, PiiKind.Email));
        }
        """));

    [Fact]
    public Task Fixes_every_occurrence_at_once() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void A(User u) => throw new ArgumentException({|PII007:u.Phone|});
            void B(User u) => throw new FormatException($"bad {{|PII007:u.Email|}}");
        }
        """), TestModel.With("""
        using System;
        using Allio.PiiGuard;
        class Service
        {
            void A(User u) => throw new ArgumentException(PiiRedact.Mask(u.Phone, PiiKind.Phone));
            void B(User u) => throw new FormatException($"bad {PiiRedact.Mask(u.Email, PiiKind.Email)}");
        }
        """));
}
