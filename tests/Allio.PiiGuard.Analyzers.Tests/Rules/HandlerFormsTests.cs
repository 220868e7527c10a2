using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Text built by interpolated string handlers: <c>string.Create</c> with a provider, and a handler filled by hand.</summary>
public sealed class HandlerFormsTests
{
    [Fact]
    public Task Text_built_by_handlers_carries_what_was_appended() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Globalization;
        using System.Runtime.CompilerServices;
        class Service
        {
            void Run(User m)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"user {{|PII001:m.Email|}}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"user {m.Id}"));
                var handler = new DefaultInterpolatedStringHandler(5, 1);
                handler.AppendLiteral("user ");
                handler.AppendFormatted(m.Phone);
                Console.WriteLine({|PII001:handler|}.ToStringAndClear());
                var clean = new DefaultInterpolatedStringHandler(5, 1);
                clean.AppendLiteral("user ");
                clean.AppendFormatted(m.Id);
                Console.WriteLine(clean.ToStringAndClear());
            }
        }
        """));
}
