using Allio.PiiGuard.Analyzers.Tests.Rules;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer, Allio.PiiGuard.CodeFixes.PiiInLogFixer>;

namespace Allio.PiiGuard.Analyzers.Tests.CodeFixes;

public sealed class PiiInLogFixerTests
{
    [Fact]
    public Task Wraps_template_argument_and_adds_using() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u) => logger.LogInformation("Signed in {Email}", {|PII001:u.Email|});
        }
        """), TestModel.With("""
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u) => logger.LogInformation("Signed in {Email}", PiiRedact.Mask(u.Email, PiiKind.Email));
        }
        """));

    [Fact]
    public Task Wraps_interpolation_holes_one_by_one() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Allio.PiiGuard;
        class Service
        {
            void Run(User u) => Console.WriteLine($"{{|PII001:u.Email|}} / {{|PII001:u.Phone|}} / {u.Id}");
        }
        """), TestModel.With("""
        using System;
        using Allio.PiiGuard;
        class Service
        {
            void Run(User u) => Console.WriteLine($"{PiiRedact.Mask(u.Email, PiiKind.Email)} / {PiiRedact.Mask(u.Phone, PiiKind.Phone)} / {u.Id}");
        }
        """));

    [Fact]
    public Task Unspecified_kind_is_left_to_the_shape_of_the_value() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run([Allio.PiiGuard.Pii] string name) => Console.WriteLine({|PII001:name|});
        }
        """), TestModel.With("""
        using System;
        using Allio.PiiGuard;
        class Service
        {
            void Run([Allio.PiiGuard.Pii] string name) => Console.WriteLine(PiiRedact.Mask(name));
        }
        """));
}
