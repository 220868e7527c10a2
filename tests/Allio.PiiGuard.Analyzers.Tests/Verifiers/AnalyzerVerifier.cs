using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Allio.PiiGuard.Analyzers.Tests.Verifiers;

/// <summary>Runs one analyzer over markup source (<c>{|PII001:user.Email|}</c>) and compares the diagnostics.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Verifies <paramref name="source"/> with no policy file.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, policyJson: null, expected);

    /// <summary>Verifies <paramref name="source"/> with <paramref name="policyJson"/> passed as <c>piiguard.json</c>.</summary>
    public static Task VerifyAsync(string source, string? policyJson, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        if (policyJson is not null)
        {
            test.TestState.AdditionalFiles.Add(("piiguard.json", policyJson));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The configured test, for cases that need more than one file or options.</summary>
    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            // A rule may state one finding in more than one message (PII006's assigned members): markup names the id.
            MarkupOptions = MarkupOptions.UseFirstDescriptor;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);
    }
}
