using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Locals and parameters hold what the last write on each path stored (reaching definitions).</summary>
public sealed class FlowSensitivityTests
{
    [Fact]
    public Task Overwritten_local_is_clean_and_the_earlier_read_still_warns() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u)
            {
                var s = u.Email;
                Console.WriteLine({|PII001:s|});
                s = "anonymous";
                Console.WriteLine(s);
                s = u.Phone;
                Console.WriteLine({|PII001:s|});
            }
        }
        """));

    [Fact]
    public Task The_runtime_string_masks_are_sanitizers() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Allio.PiiGuard;
        class Service
        {
            void Run(User u)
            {
                Console.WriteLine(PiiMasks.Email(u.Email));
                Console.WriteLine("Phone " + PiiMasks.Phone(u.Phone));
                Console.WriteLine({|PII001:u.Email|} + PiiMasks.Phone(u.Phone));
            }
        }
        """));

    [Fact]
    public Task Masked_in_place_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Allio.PiiGuard;
        class Service
        {
            void Run(User u)
            {
                var s = u.Email;
                s = PiiRedact.Mask(s);
                Console.WriteLine(s);
                var t = u.Phone;
                t = t.Trim();
                Console.WriteLine({|PII001:t|});
            }
        }
        """));

    [Fact]
    public Task If_else_branches_merge() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u, bool flag)
            {
                var s = "none";
                if (flag) s = u.Email;
                Console.WriteLine({|PII001:s|});

                var t = u.Email;
                if (flag) t = "a"; else t = "b";
                Console.WriteLine(t);
            }
        }
        """));

    [Fact]
    public Task Switch_and_conditional_branches_merge() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u, int mode)
            {
                string s;
                switch (mode)
                {
                    case 1: s = u.Phone; break;
                    default: s = "-"; break;
                }

                Console.WriteLine({|PII001:s|});

                var t = u.Email;
                switch (mode)
                {
                    case 1: t = "one"; break;
                    default: t = "other"; break;
                }

                Console.WriteLine(t);
                var c = mode > 0 ? u.Email : "x";
                Console.WriteLine({|PII001:c|});
                c = mode > 0 ? "y" : "x";
                Console.WriteLine(c);
            }
        }
        """));

    [Fact]
    public Task Catch_sees_writes_of_the_try_block() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u)
            {
                var s = "start";
                try
                {
                    s = u.Email;
                    s = "done";
                }
                catch (Exception)
                {
                    Console.WriteLine({|PII001:s|});
                }

                var t = u.Phone;
                try { t = "a"; } finally { t = "b"; }
                Console.WriteLine(t);
            }
        }
        """));

    [Fact]
    public Task Loops_converge() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u, int n)
            {
                var s = "";
                var last = "";
                for (var i = 0; i < n; i++)
                {
                    Console.WriteLine({|PII001:last|});
                    last = s;
                    s = u.Email;
                }

                var t = u.Email;
                while (n-- > 0)
                {
                    t = "x";
                }

                Console.WriteLine({|PII001:t|});
                var w = u.Email;
                do { w = "x"; } while (n-- > 0);
                Console.WriteLine(w);
            }
        }
        """));

    [Fact]
    public Task Overwritten_parameter_is_clean() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run([Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] string email, bool flag)
            {
                Console.WriteLine({|PII001:email|});
                email = "hidden";
                Console.WriteLine(email);
            }

            void Maybe([Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] string email, bool flag)
            {
                if (flag) email = "hidden";
                Console.WriteLine({|PII001:email|});
            }
        }
        """));

    [Fact]
    public Task Out_argument_overwrites_and_lambda_writes_stay_conservative() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Collections.Generic;
        class Service
        {
            void Run(User u, Dictionary<int, string> names)
            {
                var s = u.Email;
                names.TryGetValue(1, out s);
                Console.WriteLine(s);

                var t = "x";
                Action set = () => t = u.Phone;
                set();
                Console.WriteLine({|PII001:t|});
            }
        }
        """));

    [Fact]
    public Task Locals_of_lambdas_and_local_functions_are_flow_sensitive_and_captured_ones_conservative() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using System.Threading.Tasks;
        class Service
        {
            static void Map(Func<User, Task> handler) { }

            void Run(User outer)
            {
                Map(async (User u) =>
                {
                    var card = u.Phone;
                    card = card is { Length: > 4 } ? card[^4..] : "";
                    Console.WriteLine(card);
                    var phone = u.Phone;
                    Console.WriteLine({|PII001:phone|});
                    phone = "";
                    await Task.Yield();
                });

                string Local(User v)
                {
                    var e = v.Email;
                    e = "anonymous";
                    return e;
                }

                Console.WriteLine(Local(outer));

                var captured = outer.Email;
                Action log = () => Console.WriteLine({|PII001:captured|});
                captured = "";
                log();
            }
        }
        """));
}
