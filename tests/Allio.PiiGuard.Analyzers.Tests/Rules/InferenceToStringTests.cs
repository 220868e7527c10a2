using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using ToStringTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.ToStringExposureAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Under inference, PII008 reads members that look personal by their name as it reads marked ones: a record's
/// synthesized <c>ToString</c> (its base records' members too) and a hand-written one print them. Without inference,
/// unmarked code stays quiet.
/// </summary>
public sealed class InferenceToStringTests
{
    private const string Source = """
        public record Registration(string Email, string FirstName, int Plan);
        public record Plan(int Id, string Title, decimal Price);
        public class Driver
        {
            public string FullName { get; set; } = "";
            public int Trips { get; set; }
            public override string ToString() => $"Driver {FullName} ({Trips}), {Masking.MaskName(FullName)}, {FullName.Length}";
        }
        public static class Masking
        {
            public static string MaskName(string name) => name.Substring(0, 1) + "***";
        }
        """;

    [Fact]
    public Task Records_and_ToString_overrides_print_what_looks_personal()
    {
        var test = new ToStringTest { TestCode = Source.Replace("public record Registration", "public record {|#0:Registration|}").Replace("Driver {FullName}", "Driver {{|#1:FullName|}}") };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(ToStringExposureAnalyzer.Rule.Id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("'Registration' exposes personal data Email (Email), FirstName (FirstName) through its synthesized ToString (personal data by its name)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(ToStringExposureAnalyzer.Rule.Id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)
            .WithMessage("'Driver' exposes personal data FullName (FullName) through ToString() (personal data by its name)"));
        return test.RunAsync();
    }

    [Fact]
    public Task Without_inference_unmarked_code_is_quiet() => new ToStringTest { TestCode = Source }.RunAsync();

    [Fact]
    public Task A_derived_record_prints_its_base_records_members()
    {
        var test = new ToStringTest
        {
            TestCode = """
                using System;
                public record HomeownerListItem(Guid Id, string Name, string Postcode);
                public sealed record HomeownerDetail(Guid Id, string Name, string Postcode, int PanelCount) : HomeownerListItem(Id, Name, Postcode);
                public record Survey(Guid Id, int Panels);
                public sealed record RoofSurvey(Guid Id, int Panels, string Pitch) : Survey(Id, Panels);
                """.Replace("public record HomeownerListItem", "public record {|#0:HomeownerListItem|}").Replace("public sealed record HomeownerDetail", "public sealed record {|#1:HomeownerDetail|}"),
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(ToStringExposureAnalyzer.Rule.Id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("'HomeownerListItem' exposes personal data Postcode (PostalAddress) through its synthesized ToString (personal data by its name)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(ToStringExposureAnalyzer.Rule.Id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)
            .WithMessage("'HomeownerDetail' exposes personal data Postcode (PostalAddress) through its synthesized ToString (personal data by its name)"));
        return test.RunAsync();
    }
}
