using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Data that travels element by element: tuples from calls, pattern variables, pairs and keyed dictionary entries.</summary>
public sealed class ElementFormsTests
{
    [Fact]
    public Task Pattern_variables_take_the_member_they_match() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u, object o)
            {
                if (u is { Email: var m }) Console.WriteLine({|PII001:m|});
                if (u is { Id: var id }) Console.WriteLine(id);
                if (u is { Login: var login }) Console.WriteLine(login);
                switch (u)
                {
                    case { Phone: var phone }:
                        Console.WriteLine({|PII001:phone|});
                        break;
                }

                var text = u switch { { Email: var e } when e.Length > 3 => e, _ => "" };
                Console.WriteLine({|PII001:text|});
            }
        }
        """));
}
