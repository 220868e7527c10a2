using Allio.PiiGuard.Generators.Parsing;
using Allio.PiiGuard.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Generators.Tests;

/// <summary>
/// Which edits keep a compilation's declarations (so parse results are reused) and which do not: only what a method,
/// constructor or operator body says, and never a directive.
/// </summary>
public sealed class DeclarationVersionTests
{
    private const string Source = """
        using Allio.PiiGuard;

        namespace Shop;

        public partial class Customer : Base
        {
            public Customer() { Count = 1; }
            public int Count { get; set; }
            public string Name { get => field; set => field = value; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            public  partial  string Phone { get; set; }
            public int Total(int price) { return price * Count; }
            public int Twice() => Count * 2;
            public static Customer operator +(Customer left, Customer right) => left;
        }

        public class Base { }
        """;

    [Theory]
    [InlineData("return price * Count;", "return Count * price; // reordered")]
    [InlineData("=> Count * 2;", "=> 2 * Count;")]
    [InlineData("{ Count = 1; }", "{ Count = 1; Count++; }")]
    [InlineData("=> left;", "=> right;")]
    public void An_edit_inside_a_method_body_keeps_the_declarations(string before, string after)
    {
        var (original, edited) = Versions(before, after);

        Assert.Same(original, edited);
    }

    [Theory]
    [InlineData("PiiKind.Email", "PiiKind.Phone")]
    [InlineData("Customer : Base", "Customer")]
    [InlineData("public int Count", "public long Count")]
    [InlineData("get => field;", "get => Name2;")]
    [InlineData("public  partial  string Phone", "public partial string Phone")]
    [InlineData("return price * Count;", "\n#nullable disable\n        return price * Count;")]
    [InlineData("public int Twice()", "public int Thrice()")]
    [InlineData("public class Base { }", "public partial class Base { [Pii] public string? Note { get; set; } }")]
    public void An_edit_outside_method_bodies_changes_the_declarations(string before, string after)
    {
        var (original, edited) = Versions(before, after);

        Assert.NotSame(original, edited);
    }

    [Fact]
    public void Another_option_changes_the_declarations()
    {
        var compilation = GeneratorHarness.CreateCompilation(Source);

        Assert.NotSame(
            DeclarationVersion.Of(compilation, CancellationToken.None),
            DeclarationVersion.Of(compilation.WithOptions(compilation.Options.WithNullableContextOptions(Microsoft.CodeAnalysis.NullableContextOptions.Disable)), CancellationToken.None));
    }

    [Fact]
    public void A_version_does_not_keep_a_referenced_project_alive()
    {
        var (trees, referenced) = VersionWithProjectReference();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // The files live on (the IDE keeps its documents); the project they referenced may go.
        Assert.NotEmpty(trees);
        Assert.False(referenced.TryGetTarget(out _));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (SyntaxTree[] Trees, WeakReference<Compilation> Referenced) VersionWithProjectReference()
    {
        var library = GeneratorHarness.CreateCompilation("namespace Lib; public class Shared { }");
        var compilation = GeneratorHarness.CreateCompilation(Source).AddReferences(library.ToMetadataReference());
        DeclarationVersion.Of(compilation, CancellationToken.None);
        return ([.. compilation.SyntaxTrees], new WeakReference<Compilation>(library));
    }

    /// <summary>The version of a new compilation, then of the same compilation with one edit in the marked file.</summary>
    private static (object Original, object Edited) Versions(string before, string after)
    {
        Assert.Contains(before, Source, StringComparison.Ordinal);
        var compilation = GeneratorHarness.CreateCompilation(Source, "namespace Shop; public static class Other { }");
        var original = DeclarationVersion.Of(compilation, CancellationToken.None);
        var tree = compilation.SyntaxTrees.First();
        var edited = tree.WithChangedText(SourceText.From(Source.Replace(before, after, StringComparison.Ordinal)));
        return (original, DeclarationVersion.Of(compilation.ReplaceSyntaxTree(tree, edited), CancellationToken.None));
    }
}
