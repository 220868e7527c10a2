using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Loops that may not run still carry what they write.</summary>
public sealed class LoopFormsTests
{
    [Fact]
    public Task A_loop_that_may_not_run_still_carries_its_writes() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        class Service
        {
            void Run(List<User> users)
            {
                var last = "none";
                foreach (var u in users) last = u.Email;
                Console.WriteLine({|PII001:last|});
                var count = 0;
                for (var i = 0; i < users.Count; i++) count += users[i].Email.Length;
                Console.WriteLine(count);
            }
        }
        """));
}
