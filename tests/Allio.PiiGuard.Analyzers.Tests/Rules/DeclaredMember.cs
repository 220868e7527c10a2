using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A member declared in source, for the name table's tests: compiled alone or among other types.</summary>
internal static class DeclaredMember
{
    /// <summary>Member <paramref name="name"/> of <c>public class owner { member }</c>.</summary>
    public static ISymbol Of(string owner, string member, string name) =>
        In("public class " + owner + " { " + member + " }", owner, name);

    /// <summary>Member <paramref name="name"/> of type <paramref name="owner"/> in <paramref name="source"/>.</summary>
    public static ISymbol In(string source, string owner, string name) =>
        CSharpCompilation.Create("T", [CSharpSyntaxTree.ParseText(source)], Basic.Reference.Assemblies.Net100.References.All)
            .GetTypeByMetadataName(owner)!.GetMembers(name).Single();
}
