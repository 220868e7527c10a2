using Allio.PiiGuard.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Generators.Tests;

/// <summary>
/// The pipeline caches: after an edit that does not touch a marked type, every step after the attribute
/// step is cached and nothing is re-emitted; the models hold plain data only.
/// </summary>
public sealed class CachingTests
{
    private const string Marked = """
        using Allio.PiiGuard;

        namespace Shop;

        public partial class Customer
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.Email, Purposes = ["support"])] public string Email { get; set; } = "";
            [Pii(Kind = PiiKind.Phone)] public partial string Phone { get; set; }
        }

        public partial record Patient([SensitivePii(Kind = PiiKind.Health)] string Diagnosis)
        {
            [BiometricPii] public byte[]? Face { get; set; }
        }

        // Only sensitive: each pipeline has a type of its own to emit (Patient's first mark is Face, the biometric one).
        public partial class Allergy
        {
            [SensitivePii(Kind = PiiKind.Health)] public string? Substance { get; set; }
        }

        // Only a property-targeted mark: the syntax pipeline owns it.
        public partial record Badge(int Id, [property: Pii(Kind = PiiKind.FullName)] string Holder);

        // A container: no marks, members of marked types.
        public partial class Ward { public Patient? Head { get; set; } public Allergy[] Allergies { get; set; } = []; }

        public partial class Outer
        {
            public class NotPartial { }
            public partial class Inner { [Pii] public string? Note { get; set; } }
        }
        """;

    private const string Unrelated = """
        namespace Shop;

        public static class Pricing
        {
            public static decimal Total(decimal price, int count) => price * count;
        }
        """;

    private static readonly string[] PipelineSteps =
    [
        TrackingNames.PiiMarks, TrackingNames.SensitivePiiMarks, TrackingNames.BiometricPiiMarks, TrackingNames.PropertyTargetedMarks,
        TrackingNames.PartialDeclarations, TrackingNames.ContainerCandidates, TrackingNames.Containers,
        TrackingNames.Types, TrackingNames.RegisteredTypes, TrackingNames.Context, TrackingNames.Registry,
    ];

    [Fact]
    public void An_unrelated_new_file_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(Marked, Unrelated);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Shop; public class Added { }", GeneratorHarness.ParseOptions, path: "Added.cs"));

        AssertCachedAfterEdit(compilation, edited);
    }

    [Fact]
    public void An_edit_in_an_unrelated_file_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(Marked, Unrelated);
        var oldTree = compilation.SyntaxTrees.Single(static tree => tree.FilePath == "Source1.cs");
        var newTree = oldTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Unrelated.Replace("price * count", "count * price", StringComparison.Ordinal)));
        var edited = compilation.ReplaceSyntaxTree(oldTree, newTree);

        AssertCachedAfterEdit(compilation, edited);
    }

    [Fact]
    public void An_edit_beside_a_marked_type_reruns_the_transform_but_changes_nothing_after_it()
    {
        var compilation = GeneratorHarness.CreateCompilation(Marked, Unrelated);
        var oldTree = compilation.SyntaxTrees.Single(static tree => tree.FilePath == "Source0.cs");
        var newTree = oldTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Marked + "\n// a comment\n"));
        var edited = compilation.ReplaceSyntaxTree(oldTree, newTree);

        AssertCachedAfterEdit(compilation, edited);
    }

    [Fact]
    public void Changing_a_mark_regenerates_the_type()
    {
        var compilation = GeneratorHarness.CreateCompilation(Marked);
        var oldTree = compilation.SyntaxTrees.Single();
        var newTree = oldTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Marked.Replace("PiiKind.Phone", "PiiKind.OnlineIdentifier", StringComparison.Ordinal)));

        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, newTree));
        var types = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Types];

        Assert.Contains(types.SelectMany(static step => step.Outputs), static output => output.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Changing_a_base_in_another_file_regenerates_the_derived_type()
    {
        const string Derived = """
            using Allio.PiiGuard;

            namespace Shop;

            public partial class Member : Person
            {
                [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            }
            """;
        const string PlainBase = "namespace Shop; public class Person { public int Age { get; set; } }";
        const string MarkedBase = "using Allio.PiiGuard; namespace Shop; public partial class Person { [Pii] public string? Name { get; set; } }";

        var (incremental, fresh) = AfterEdit([Derived, PlainBase], 1, PlainBase, MarkedBase);

        Assert.Contains("override", incremental.Sources["Shop.Member.PiiGuard.g.cs"], StringComparison.Ordinal);
        Assert.Equal(fresh.Sources, incremental.Sources);
    }

    [Fact]
    public void A_method_body_edit_moves_the_diagnostics_after_it()
    {
        const string First = """
            using Allio.PiiGuard;

            namespace Shop;

            public partial class Card
            {
                [Pii(Kind = PiiKind.FullName)] public string Holder { get; set; } = "";
            }
            """;
        const string Second = """
            using Allio.PiiGuard;

            namespace Shop;

            public partial class Card
            {
                public int Check() { return 1; }

                [Pii(Kind = PiiKind.Other)] public string Number { get; init; } = "";
            }
            """;

        var (incremental, fresh) = AfterEdit([First, Second], 1, "return 1;", "var checksum = 1;\n        return checksum;");

        Assert.Single(fresh.Diagnostics, static diagnostic => diagnostic.StartsWith("PIIG001", StringComparison.Ordinal));
        Assert.Equal(fresh.Diagnostics, incremental.Diagnostics);
    }

    [Fact]
    public void Method_body_edits_then_a_mark_change_elsewhere_give_what_a_fresh_run_gives()
    {
        var unrelated = Unrelated.Replace("price * count", "count * price", StringComparison.Ordinal);
        var compilation = GeneratorHarness.CreateCompilation("Caching", [], Marked, Unrelated);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var bodyEdited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(), compilation.SyntaxTrees.Last().WithChangedText(SourceText.From(unrelated)));
        driver = driver.RunGenerators(bodyEdited);
        var markTree = bodyEdited.SyntaxTrees.First();
        var marked = Marked.Replace("PiiKind.Health)] public string? Substance", "PiiKind.Other)] public string? Substance", StringComparison.Ordinal);
        var markEdited = bodyEdited.ReplaceSyntaxTree(markTree, markTree.WithChangedText(SourceText.From(marked)));
        driver = driver.RunGenerators(markEdited);

        var fresh = Output(GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.CreateCompilation("Caching", [], marked, unrelated)));
        var incremental = Output(driver);

        Assert.Contains("Substance|Other|", incremental.Sources["Shop.Allergy.PiiGuard.g.cs"], StringComparison.Ordinal);
        Assert.Equal(fresh.Sources, incremental.Sources);
        Assert.Equal(fresh.Diagnostics, incremental.Diagnostics);
    }

    /// <summary>Runs the generator, edits one file and runs it again; also runs it once on freshly parsed edited sources.</summary>
    private static (RunOutput Incremental, RunOutput Fresh) AfterEdit(string[] sources, int file, string before, string after)
    {
        Assert.Contains(before, sources[file], StringComparison.Ordinal);
        var compilation = GeneratorHarness.CreateCompilation("Caching", [], sources);
        var editedSources = sources.ToArray();
        editedSources[file] = sources[file].Replace(before, after, StringComparison.Ordinal);
        var tree = compilation.SyntaxTrees.ElementAt(file);
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(editedSources[file])));

        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation).RunGenerators(edited);
        var fresh = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.CreateCompilation("Caching", [], editedSources));
        return (Output(driver), Output(fresh));
    }

    private static RunOutput Output(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        return new RunOutput(
            result.GeneratedSources.ToDictionary(static source => source.HintName, static source => source.SourceText.ToString()),
            [.. result.Diagnostics.Select(static diagnostic => $"{diagnostic.Id} {diagnostic.Location.GetLineSpan()}")]);
    }

    private sealed record RunOutput(Dictionary<string, string> Sources, string[] Diagnostics);

    private static void AssertCachedAfterEdit(Compilation compilation, Compilation edited)
    {
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        driver = driver.RunGenerators(edited);
        var second = driver.GetRunResult().Results.Single();

        Assert.NotEmpty(first.GeneratedSources);
        foreach (var name in PipelineSteps)
        {
            Assert.True(first.TrackedSteps.ContainsKey(name), $"step {name} was not tracked");
            foreach (var step in first.TrackedSteps[name])
            {
                foreach (var (value, _) in step.Outputs)
                {
                    ObjectGraph.AssertHoldsNoCompilerObjects(value, name);
                }
            }

            var reasons = second.TrackedSteps[name].SelectMany(static step => step.Outputs).Select(static output => output.Reason).ToList();
            Assert.All(reasons, reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} was {reason}"));
        }

        // Nothing downstream of the models ran again: the source outputs are all cached.
        Assert.All(
            second.TrackedOutputSteps.SelectMany(static step => step.Value).SelectMany(static step => step.Outputs),
            static output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(
            first.GeneratedSources.Select(static source => source.SourceText.ToString()),
            second.GeneratedSources.Select(static source => source.SourceText.ToString()));
    }
}
