using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII001: a helper of another file read from syntax follows its locals given one value, and only those.</summary>
public sealed class SyntacticLocalsTests
{
    [Fact]
    public Task A_local_given_one_value_carries_it_and_one_assigned_again_or_read_for_an_unmarked_member_does_not()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            class Service
            {
                void Run(User u, Notes notes)
                {
                    notes.Copy({|PII001:u.Email|});
                    notes.Overwritten(u.Email);
                    notes.Unmarked(u);
                    notes.Counted(u.Email);
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System;
            public class Notes
            {
                public void Copy(string text)
                {
                    var copy = text.Trim();
                    var line = "note: " + copy;
                    Console.WriteLine(line);
                }

                public void Overwritten(string text)
                {
                    var line = text;
                    line = "redacted";
                    Console.WriteLine(line);
                }

                public void Unmarked(User user)
                {
                    var who = user;
                    Console.WriteLine(who.Login);
                }

                public void Counted(string text)
                {
                    var size = text.Length;
                    Console.WriteLine(size);
                }
            }
            """);
        return test.RunAsync();
    }
}
