using System.Collections.Immutable;
using Allio.PiiGuard.Analyzers.Rules;
using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII003 and PII004 share one transfer finder per compilation, and each call's transfers are followed once for both:
/// run together they must report exactly what each reports alone, and a second analysis of the same compilation
/// under another policy must judge by that policy.
/// </summary>
public sealed class SharedTransferFinderTests
{
    private const string Sends = """
        class Service
        {
            void Run(Outbox outbox, AnalyticsClient analytics, User user)
            {
                outbox.ToRightsHolder(user.Phone);
                analytics.Track("signup", user.Email);
                outbox.ToKazakhPartner(user.Email);
                outbox.ToUnknownPartner(user.Email);
            }
        }
        """;

    [Fact]
    public async Task Both_rules_together_report_what_each_reports_alone()
    {
        var compilation = Compile();
        var crossBorder = await RunAsync(compilation, TransferPolicies.Seed, new CrossBorderTransferAnalyzer());
        var undeclared = await RunAsync(compilation, TransferPolicies.Seed, new UndeclaredRecipientAnalyzer());
        var together = await RunAsync(Compile(), TransferPolicies.Seed, new CrossBorderTransferAnalyzer(), new UndeclaredRecipientAnalyzer());

        Assert.Contains(crossBorder, d => d.StartsWith("PII003", StringComparison.Ordinal));
        Assert.Contains(undeclared, d => d.StartsWith("PII004", StringComparison.Ordinal));
        Assert.Equal(crossBorder.Concat(undeclared).Order(StringComparer.Ordinal), together.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_same_compilation_under_another_policy_is_judged_by_that_policy()
    {
        var compilation = Compile();
        var forbidden = await RunAsync(compilation, TransferPolicies.Seed, new CrossBorderTransferAnalyzer(), new UndeclaredRecipientAnalyzer());
        var declared = await RunAsync(compilation, TransferPolicies.Create(transfers: "declared"), new CrossBorderTransferAnalyzer(), new UndeclaredRecipientAnalyzer());
        var declaredAlone = await RunAsync(Compile(), TransferPolicies.Create(transfers: "declared"), new CrossBorderTransferAnalyzer(), new UndeclaredRecipientAnalyzer());

        Assert.NotEqual(forbidden.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
        Assert.Equal(declaredAlone.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    private static Compilation Compile() => CSharpCompilation.Create(
        "Transfers",
        [CSharpSyntaxTree.ParseText(TransferModel.With(Sends), new CSharpParseOptions(LanguageVersion.Preview), path: "/0/Test0.cs")],
        TestReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static async Task<string[]> RunAsync(Compilation compilation, string policy, params DiagnosticAnalyzer[] analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([new PolicyText(SourceText.From(policy))]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], options).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return [.. diagnostics.Select(d => d.Id + " " + d.Location.SourceSpan + " " + d.GetMessage())];
    }

    private sealed class PolicyText(SourceText text) : AdditionalText
    {
        public override string Path => "/0/piiguard.json";

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
