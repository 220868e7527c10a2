using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Rules;
using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// The policy rules run on every keystroke: half-typed code and half-typed policies must never make them throw.
/// Every pair of broken code and broken policy is analyzed and any analyzer exception fails the test.
/// </summary>
public class PolicyRulesRobustnessTests
{
    private const string Vocabulary = """
        using System.Collections.Generic;
        using Allio.PiiGuard;
        using Microsoft.EntityFrameworkCore;

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbSet<T> where T : class { }
            public class DbContext { public void Add(object entity) { } }
        }

        """;

    public static TheoryData<string> BrokenCode { get; } = new()
    {
        "public class V { [Pii(Purposes = [ public string E; }",
        "public class V { [Pii(Purposes = null, Subjects = [..Extra])] public string E = \"\"; static string[] Extra = []; }",
        "[ProcessingPurpose(] public class C { void M(V v) { var x = v.E } } public class V { [Pii(Purposes = [\"x\"])] public string E = \"\"; }",
        "[ProcessingPurpose(42)] public class C { string M(V v) => v.E; } public class V { [Pii(Purposes = [\"a\"])] public string E = \"\"; }",
        "[ProcessingPurpose(null)] public class C { string M(V v) => v.E; } public class V { [Pii(Purposes = [\"a\"])] public string E = \"\"; }",
        "[PiiStore(null)] public class S : DbContext { public DbSet<> X { get; set; } public void Save(V v) => Add(v); } public class V { [Pii] public string E = \"\"; }",
        "[PiiStore(\"crm-db\")] public class S : DbContext { public DbSet<Missing> X { get; set; } = null!; public void Save(Missing m) => Add(m); }",
        "[PiiStore(\"eu-archive\")] public class R { public void Save(params V[] v) { } void M() => Save(new V(), null!, default); } public class V { [Pii] public string E = \"\"; }",
        "public record R([Pii(Kind = )] string E, [SensitivePii string H);",
        "public class V { [Pii(Purposes = [\"marketing\", null], Subjects = new string[] { null! })] public string E = \"\"; } [ProcessingPurpose(\"ads\")] public class C { string M(V v) => v.E; }",
        "[Pii(Purposes = [\"marketing\"])] public partial class P { [Pii] public string E = \"\"; } public partial class P { [BiometricPii(Purposes = new string[0])] public byte[] F = []; }",
        "public class L { void M() { System.Action a = [ProcessingPurpose(\"ads\")] () => { var v = new V(); _ = v.E; }; [ProcessingPurpose] void Local() { } } } public class V { [Pii(Purposes = [\"x\"])] public string E = \"\"; }",
    };

    private static readonly string?[] Policies =
    [
        null,
        TestPolicies.Seed,
        TestPolicies.Create(jurisdiction: "DE", crmCountry: "US"),
        "",
        "{",
        "[1, 2]",
        "{ \"jurisdiction\": 7, \"stores\": [ { \"id\": 5 }, { \"id\": \"eu-archive\" } ], \"purposes\": {} }",
        "{ \"jurisdiction\": \"RU\", \"stores\": [ { \"id\": \"eu-archive\", \"country\": \"Germany\" } ] }",
        "\uFEFF{ \"jurisdiction\": \"RU\" } \u0000",
    ];

    [Theory]
    [MemberData(nameof(BrokenCode))]
    public async Task Broken_code_under_every_policy_never_throws(string code)
    {
        foreach (var policy in Policies)
        {
            var exceptions = await RunAsync(Vocabulary + code, policy);
            Assert.Empty(exceptions);
        }
    }

    private static async Task<ImmutableArray<Exception>> RunAsync(string source, string? policy)
    {
        var compilation = CSharpCompilation.Create(
            "Robustness",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path: "/0/Test0.cs")],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var files = policy is null
            ? ImmutableArray<AdditionalText>.Empty
            : [new PolicyText(SourceText.From(policy))];
        var exceptions = ImmutableArray.CreateBuilder<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(files),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<DiagnosticAnalyzer> analyzers =
            [new PolicyProblemAnalyzer(), new MissingPurposeAnalyzer(), new PurposeMismatchAnalyzer(), new StoreLocalizationAnalyzer()];
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return exceptions.ToImmutable();
    }

    private sealed class PolicyText(SourceText text) : AdditionalText
    {
        public override string Path => "/0/piiguard.json";

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
