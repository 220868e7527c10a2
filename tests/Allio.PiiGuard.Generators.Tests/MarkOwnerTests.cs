using Allio.PiiGuard.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Allio.PiiGuard.Generators.Tests;

/// <summary>
/// A type with many marks is parsed and emitted once, by the delivery of its first mark, wherever and however
/// the marks sit; a second emission would fail the run with a duplicate hint name.
/// </summary>
public sealed class MarkOwnerTests(ITestOutputHelper output)
{
    [Fact]
    public void Types_marked_in_two_files_by_every_mark_or_on_a_shared_field_declaration_are_emitted_once()
    {
        var result = GeneratorHarness.Run(
            """
            using Allio.PiiGuard;

            namespace Shop;

            [Pii] public partial class Visitor([SensitivePii(Kind = PiiKind.Health)] string note)
            {
                public string Note { get; } = note;
                [Pii(Kind = PiiKind.Email)] public string Email = "", Backup = "";
            }

            [BiometricPii] public partial class Visitor;

            // The first mark sits on a declaration of two fields: one delivery per field, one owner.
            public partial class Pair
            {
                [Pii] public string First = "", Second = "";
            }
            """,
            """
            using Allio.PiiGuard;

            namespace Shop;

            public partial class Visitor
            {
                [BiometricPii] public byte[]? Face { get; set; }
                [Pii(Kind = PiiKind.Phone)] public string? Phone { get; set; }
            }
            """);
        output.WriteLine(result.Describe());

        Assert.Empty(result.CompileDiagnostics);
        Assert.DoesNotContain(result.GeneratorDiagnostics, static diagnostic => diagnostic.Id == "CS8785");
        Assert.Single(result.GeneratedSources.Keys, static name => name == "Shop.Visitor.PiiGuard.g.cs");
        Assert.Single(result.GeneratedSources.Keys, static name => name == "Shop.Pair.PiiGuard.g.cs");
        Assert.Single(Occurrences(result.GeneratedSources[Emission.RegistryEmitter.HintName], "global::Shop.Visitor.PiiDescriptor"));
    }

    [Fact]
    public void A_first_member_with_two_marks_is_owned_by_one_pipeline()
    {
        // Both the [Pii] and the [SensitivePii] pipelines deliver Name; only the pipeline of its first mark emits.
        var result = GeneratorHarness.Run(
            """
            using Allio.PiiGuard;

            namespace Shop;

            public partial class Person
            {
                [Pii] [SensitivePii(Kind = PiiKind.Health)] public string Name { get; set; } = "";
                [BiometricPii, Pii] public byte[]? Face { get; set; }
            }

            public partial class Badge
            {
                [BiometricPii, Pii] public byte[]? Face { get; set; }
            }
            """);
        output.WriteLine(result.Describe());

        Assert.DoesNotContain(result.GeneratorDiagnostics, static diagnostic => diagnostic.Id == "CS8785");
        Assert.Single(result.GeneratedSources.Keys, static name => name == "Shop.Person.PiiGuard.g.cs");
        Assert.Single(result.GeneratedSources.Keys, static name => name == "Shop.Badge.PiiGuard.g.cs");
    }

    [Fact]
    public void A_first_mark_aimed_at_another_symbol_does_not_keep_the_type_from_its_real_first_mark()
    {
        // [property: Pii] lands on the record's property but sits on its parameter; [field: Pii] lands on a backing
        // field: neither is delivered for the symbol it lands on, so Email owns the type.
        var result = GeneratorHarness.Run("""
            using Allio.PiiGuard;

            namespace Shop;

            public partial record Contact([property: Pii(Kind = PiiKind.FirstName)] string Name)
            {
                [field: Pii(Kind = PiiKind.LastName)] public string Surname { get; set; } = "";
                [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            }
            """);
        output.WriteLine(result.Describe());

        Assert.Empty(result.CompileDiagnostics);
        Assert.Contains("Shop.Contact.PiiGuard.g.cs", result.GeneratedSources.Keys);
    }

    [Fact]
    public void Property_targeted_marks_and_containers_are_found_in_nested_declarations()
    {
        // The declarations are read without entering member bodies: types nested in types and in block namespaces are still found.
        var result = GeneratorHarness.Run("""
            using Allio.PiiGuard;

            namespace Shop
            {
                namespace Visits
                {
                    public partial class Outer
                    {
                        public partial record Guest([property: Pii(Kind = PiiKind.FirstName)] string Name, int Nights);

                        public partial class Desk
                        {
                            public Guest? Current { get; set; }
                        }

                        public string Work()
                        {
                            return "[property: Pii] record Fake(string Name);";
                        }
                    }
                }
            }
            """);
        output.WriteLine(result.Describe());

        Assert.Empty(result.CompileDiagnostics);
        Assert.Contains("Shop.Visits.Outer.Guest.PiiGuard.g.cs", result.GeneratedSources.Keys);
        Assert.Contains("Shop.Visits.Outer.Desk.PiiGuard.g.cs", result.GeneratedSources.Keys);
        Assert.Equal(2, result.GeneratedSources.Keys.Count(static name => name.EndsWith(".PiiGuard.g.cs", StringComparison.Ordinal) && name.StartsWith("Shop.", StringComparison.Ordinal)));
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
