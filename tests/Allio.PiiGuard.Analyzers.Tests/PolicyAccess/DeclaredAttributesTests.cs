using Allio.PiiGuard.Analyzers.PolicyAccess;
using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Allio.PiiGuard.Analyzers.Tests.PolicyAccess;

/// <summary>
/// PII009 reads ids from the attributes the compiler bound for each declaration; these tests pin which attribute
/// positions are found that way (and which fall back to binding the syntax), so a change cannot silently send
/// every attribute back to the slow path.
/// </summary>
public sealed class DeclaredAttributesTests
{
    private const string Source = """
        using System;
        using Allio.PiiGuard;

        [ProcessingPurpose("on-type")]
        public partial record Visitor([Pii(Purposes = ["on-record-parameter"])] string Email, [property: Pii(Purposes = ["on-property-target"])] string Phone)
        {
            [Pii(Purposes = ["on-field"])] public string A = "", B = "";

            [Pii(Purposes = ["on-property"])]
            public string City { [ProcessingPurpose("on-accessor")] get; set; } = "";

            [ProcessingPurpose("on-method")]
            [return: Pii(Purposes = ["on-return"])]
            public string Describe([PiiRecipient("on-parameter")] string payload)
            {
                Action lambda = [ProcessingPurpose("on-lambda")] () => { };
                return Local();

                [ProcessingPurpose("on-local-function")]
                string Local() => payload;
            }

            public string this[[PiiRecipient("on-indexer-parameter")] int index] => "";
        }
        """;

    [Theory]
    [InlineData("on-type")]
    [InlineData("on-record-parameter")]
    [InlineData("on-field")]
    [InlineData("on-property")]
    [InlineData("on-accessor")]
    [InlineData("on-method")]
    [InlineData("on-return")]
    [InlineData("on-parameter")]
    [InlineData("on-indexer-parameter")]
    public void Declarations_give_the_bound_attribute(string id)
    {
        var (model, attribute) = Attribute(id);

        var bound = DeclaredAttributes.Find(model, attribute, default);

        Assert.NotNull(bound);
        Assert.Equal(id, bound.ConstructorArguments.Length > 0 ? bound.ConstructorArguments[0].Value : bound.NamedArguments[0].Value.Values[0].Value);
    }

    [Theory]
    [InlineData("on-lambda")]
    [InlineData("on-local-function")]
    [InlineData("on-property-target")]
    public void Lambdas_local_functions_and_other_targets_fall_back_to_binding(string id)
    {
        var (model, attribute) = Attribute(id);

        Assert.Null(DeclaredAttributes.Find(model, attribute, default));
    }

    private static (SemanticModel Model, AttributeSyntax Attribute) Attribute(string id)
    {
        var tree = CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Preview));
        var compilation = CSharpCompilation.Create("Test", [tree], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var attribute = tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>()
            .Single(node => node.ArgumentList!.ToString().Contains("\"" + id + "\"", StringComparison.Ordinal));
        return (compilation.GetSemanticModel(tree), attribute);
    }
}
