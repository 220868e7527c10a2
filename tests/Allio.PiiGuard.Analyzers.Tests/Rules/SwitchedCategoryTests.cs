using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A switch expression that gives a label per value of a special category is that category in other words; other
/// personal data only chooses among constant arms, and a whole object switched on by its type names nothing.
/// </summary>
public sealed class SwitchedCategoryTests
{
    [Fact]
    public Task A_label_per_special_category_value_is_reported() => Verify.VerifyAsync(TestModel.With("""
        using System;
        enum Band { Serious, Mild, None }
        class Service
        {
            void Run(User u)
            {
                var band = u.Diagnosis switch
                {
                    "flu" => Band.Mild,
                    null => Band.None,
                    _ => Band.Serious,
                };
                var (label, known) = (band.ToString(), u.Phone is not null);
                Console.WriteLine({|PII001:label|});
                Console.WriteLine(known);
                Console.WriteLine({|PII001:u.Diagnosis|} switch { "flu" => "mild", _ => "other" });
            }
        }
        """));

    [Fact]
    public Task Other_data_and_whole_objects_only_choose_an_arm() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u, object value)
            {
                Console.WriteLine(u.Email switch { null => "none", "" => "empty", _ => "some" });
                Console.WriteLine(u.Phone.Length switch { 0 => "none", _ => "some" });
                Console.WriteLine(value switch { User => "user", _ => "other" });
                Console.WriteLine(u switch { { Id: 0 } => "new", _ => "known" });
                Console.WriteLine((u.Diagnosis.Length > 0) switch { true => "yes", false => "no" });
                Console.WriteLine(u.Id switch { 0 => {|PII001:u.Email|}, _ => "known" });
            }
        }
        """));
}
