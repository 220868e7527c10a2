using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.Analyzers.Tests.Model;

/// <summary>
/// The type look-ups the rules make at compilation start answer as <c>GetTypesByMetadataName</c> does, and an edit's new
/// compilation is answered from its own source, not from what an earlier compilation declared.
/// </summary>
public sealed class TypePresenceTests
{
    private const string Source = """
        namespace Serilog { public interface ILogger { } }
        namespace Shop { public class Outer { public class Inner { } } public class Box<T> { } }
        """;

    [Theory]
    [InlineData("Serilog.ILogger")]
    [InlineData("Shop.Outer+Inner")]
    [InlineData("Shop.Box`1")]
    [InlineData("Shop.Box")]
    [InlineData("System.Console")]
    [InlineData("System.Text.Json.JsonSerializer")]
    [InlineData("Microsoft.Extensions.Logging.ILogger")]
    [InlineData("Microsoft.AspNetCore.Mvc.ControllerBase")]
    [InlineData("NLog.Logger")]
    public void Answers_as_the_compiler_does(string metadataName)
    {
        var compilation = Compile(TestReferences.All, Source);
        var expected = compilation.GetTypesByMetadataName(metadataName);

        Assert.Equal(!expected.IsEmpty, TypePresence.Exists(compilation, metadataName));
        Assert.Equal(
            expected.Select(type => type.ContainingAssembly.Identity.Name).Order(StringComparer.Ordinal),
            TypePresence.DeclaringAssemblies(compilation, metadataName).Select(assembly => assembly.Identity.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_edit_is_answered_from_its_own_source()
    {
        var before = Compile(TestReferences.All, Source);
        Assert.True(TypePresence.Exists(before, "Serilog.ILogger"));

        var tree = before.SyntaxTrees.Single();
        var after = before.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("namespace Shop { public class Outer { } }")));

        Assert.False(TypePresence.Exists(after, "Serilog.ILogger"));
        Assert.True(TypePresence.Exists(before, "Serilog.ILogger"));
    }

    [Fact]
    public void Each_referenced_library_is_answered_for_itself()
    {
        var withSink = Compile(Basic.Reference.Assemblies.Net100.References.All, "namespace Vendor { public class Sink { } }", "Vendor");
        var withoutSink = Compile(Basic.Reference.Assemblies.Net100.References.All, "namespace Vendor { public class Other { } }", "Vendor");

        var app = Compile([.. Basic.Reference.Assemblies.Net100.References.All, withSink.ToMetadataReference()], "public class App { }");
        var otherApp = Compile([.. Basic.Reference.Assemblies.Net100.References.All, withoutSink.ToMetadataReference()], "public class App { }");

        Assert.True(TypePresence.Exists(app, "Vendor.Sink"));
        Assert.False(TypePresence.Exists(otherApp, "Vendor.Sink"));
        Assert.Equal(["Vendor"], TypePresence.DeclaringAssemblies(app, "Vendor.Sink").Select(assembly => assembly.Identity.Name));
    }

    private static CSharpCompilation Compile(IEnumerable<MetadataReference> references, string source, string name = "App") =>
        TestReferences.Compile(references, source, name);
}
