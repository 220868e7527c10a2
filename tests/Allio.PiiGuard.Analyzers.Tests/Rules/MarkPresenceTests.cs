using Allio.PiiGuard.Analyzers.Model;
using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The flow rules' fast path: a compilation in which no mark can exist registers nothing. Both directions are
/// tested, because a wrong "no" silently switches protection off.
/// </summary>
public sealed class MarkPresenceTests
{
    [Fact]
    public void Without_the_vocabulary_no_mark_can_exist() =>
        Assert.False(MarkPresence.MayHoldMarks(Compile(references: Basic.Reference.Assemblies.Net100.References.All, """
            public class Customer { [Pii] public string Email { get; set; } = ""; }
            """)));

    [Fact]
    public void Importing_the_namespace_is_no_mark() =>
        Assert.False(MarkPresence.MayHoldMarks(Compile(TestReferences.All, """
            using Allio.PiiGuard;
            namespace Shop.PiiGuarded;
            public class Customer { public string Email { get; set; } = ""; }
            """)));

    [Theory]
    [InlineData("using Allio.PiiGuard; public class C { [Pii(Kind = PiiKind.Email)] public string E { get; set; } = \"\"; }")]
    [InlineData("public class C { [Allio.PiiGuard.SensitivePii] public string E { get; set; } = \"\"; }")]
    [InlineData("using Secret = Allio.PiiGuard.BiometricPiiAttribute; public class C { [Secret] public string E { get; set; } = \"\"; }")]
    [InlineData("using Microsoft.Extensions.Compliance.Classification; public sealed class PrivateAttribute() : DataClassificationAttribute(default); public class C { [Private] public string E { get; set; } = \"\"; }")]
    [InlineData("public class C { public void M([Allio.PiiGuard.Pii] string e) { } }")]
    public void Marks_in_source_are_found(string source) =>
        Assert.True(MarkPresence.MayHoldMarks(Compile(TestReferences.All, source)));

    [Fact]
    public void A_vocabulary_declared_in_source_is_found() =>
        Assert.True(MarkPresence.MayHoldMarks(Compile(Basic.Reference.Assemblies.Net100.References.All, """
            namespace Allio.PiiGuard { public class PiiAttribute : System.Attribute { } }
            public class C { [Allio.PiiGuard.Pii] public string Email { get; set; } = ""; }
            """)));

    [Fact]
    public void A_referenced_library_that_uses_the_vocabulary_may_hold_marks()
    {
        var library = Compile(TestReferences.All, """
            namespace Domain { public class Customer { [Allio.PiiGuard.Pii] public string Email { get; set; } = ""; } }
            """, "Domain");
        var app = Compile([.. TestReferences.All, library.ToMetadataReference()], "public class App { Domain.Customer? C; }");
        Assert.True(MarkPresence.MayHoldMarks(app));
    }

    [Fact]
    public void A_referenced_library_without_the_vocabulary_holds_none()
    {
        var library = Compile(Basic.Reference.Assemblies.Net100.References.All, """
            namespace Domain { public class Customer { public string Email { get; set; } = ""; } }
            """, "Domain");
        var app = Compile([.. TestReferences.All, library.ToMetadataReference()], "public class App { Domain.Customer? C; }");
        Assert.False(MarkPresence.MayHoldMarks(app));
    }

    [Fact]
    public Task A_mark_through_an_alias_still_reaches_the_flow_rules()
    {
        var test = new LogTest
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                using Personal = Allio.PiiGuard.PiiAttribute;
                public class Customer { [Personal] public string Contact { get; set; } = ""; }
                class C
                {
                    void Run(ILogger logger, Customer c) => logger.LogInformation("{Contact}", {|PII001:c.Contact|});
                }
                """,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task A_mark_through_a_derived_attribute_still_reaches_the_flow_rules()
    {
        var test = new LogTest
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                public sealed class SecretAttribute : Allio.PiiGuard.SensitivePiiAttribute { }
                public class Patient { [Secret] public string Notes { get; set; } = ""; }
                class C
                {
                    void Run(ILogger logger, Patient p) => logger.LogInformation("{Notes}", {|PII001:p.Notes|});
                }
                """,
        };
        return test.RunAsync();
    }

    private static CSharpCompilation Compile(IEnumerable<MetadataReference> references, string source, string name = "App") =>
        TestReferences.Compile(references, source, name);
}
