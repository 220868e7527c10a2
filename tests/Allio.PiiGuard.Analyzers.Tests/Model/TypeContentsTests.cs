using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.Analyzers.Tests.Model;

/// <summary>What a value of each container shape holds, as the flow engine, PII002 and the generator see it.</summary>
public sealed class TypeContentsTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        public class User { public string Email = ""; }
        public class Users : List<User> { }
        public class Node { public string Name = ""; public List<Node> Children = new(); public User? Owner; public static User? Shared; public User this[int i] => null!; }
        public class Shapes
        {
            public User[] Array = null!;
            public User[][] Jagged = null!;
            public List<User> List = null!;
            public IEnumerable<User> Sequence = null!;
            public IReadOnlyList<User> ReadOnlyList = null!;
            public ReadOnlyCollection<User> ReadOnlyCollection = null!;
            public Users Derived = null!;
            public Dictionary<string, User> Dictionary = null!;
            public IReadOnlyDictionary<int, User> ReadOnlyDictionary = null!;
            public IDictionary<string, User> DictionaryInterface = null!;
            public int? Nullable;
            public List<User[]> Nested = null!;
            public string Text = "";
            public User Single = null!;
            public System.Collections.ArrayList Untyped = null!;
        }
        """;

    [Theory]
    [InlineData("Array", "User")]
    [InlineData("Jagged", "User[]")]
    [InlineData("List", "User")]
    [InlineData("Sequence", "User")]
    [InlineData("ReadOnlyList", "User")]
    [InlineData("ReadOnlyCollection", "User")]
    [InlineData("Derived", "User")]
    [InlineData("Dictionary", "User")]
    [InlineData("ReadOnlyDictionary", "User")]
    [InlineData("DictionaryInterface", "User")]
    [InlineData("Nullable", "int")]
    [InlineData("Nested", "User[]")]
    public void Element_type_of_each_container_shape(string field, string element)
    {
        var type = FieldType(field);

        Assert.Equal(element, TypeContents.ElementType(type)?.ToDisplayString());
        Assert.Equal(element, TypeContents.Item(type).ToDisplayString());
    }

    [Theory]
    [InlineData("Text")]
    [InlineData("Single")]
    [InlineData("Untyped")]
    public void Strings_plain_types_and_untyped_collections_have_no_element_type(string field)
    {
        var type = FieldType(field);

        Assert.Null(TypeContents.ElementType(type));
        Assert.Same(type, TypeContents.Item(type));
    }

    [Fact]
    public void Element_levels_go_down_to_the_depth_and_no_further()
    {
        Assert.Equal(["System.Collections.Generic.List<User[]>", "User[]", "User"], TypeContents.ElementLevels(FieldType("Nested")).Select(t => t.ToDisplayString()));
        Assert.Equal(["System.Collections.Generic.List<User[]>", "User[]"], TypeContents.ElementLevels(FieldType("Nested"), depth: 2).Select(t => t.ToDisplayString()));
        Assert.Equal(["User"], TypeContents.ElementLevels(FieldType("Single")).Select(t => t.ToDisplayString()));
    }

    [Fact]
    public void Nested_members_are_instance_data_members_that_do_not_hold_the_type_itself()
    {
        var node = Compile().GetTypeByMetadataName("Node")!;

        Assert.Equal(["Name", "Owner"], TypeContents.NestedMembers(node).Select(m => m.Member.Name));
    }

    private static ITypeSymbol FieldType(string name)
        => ((IFieldSymbol)Compile().GetTypeByMetadataName("Shapes")!.GetMembers(name).Single()).Type;

    private static Compilation Compile()
    {
        var compilation = CSharpCompilation.Create(
            "Shapes", [CSharpSyntaxTree.ParseText(Source)], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        return compilation;
    }
}
