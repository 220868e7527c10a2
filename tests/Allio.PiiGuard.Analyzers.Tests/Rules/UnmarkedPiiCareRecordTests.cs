using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.UnmarkedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII006 on records of a person's care (a medication statement, a laboratory order, an immunization): their content is
/// health data whatever its members are called; a drug catalogue, a hospital directory and diagnostics of code stay quiet;
/// and under inference the content is no source for the flow rules (discovery only).
/// </summary>
public sealed class UnmarkedPiiCareRecordTests
{
    [Fact]
    public Task The_content_of_a_care_record_is_reported() => Verify.VerifyAsync(
        """
        public class MedicationStatement
        {
            public string Id { get; set; } = "";
            public string? {|PII006:BrandName|} { get; set; }
            public System.DateTime {|PII006:DispensedDate|} { get; set; }
            public decimal {|PII006:Quantity|} { get; set; }
            public string? SourceSystemId { get; set; }
            public bool IsPinRequired { get; set; }
        }
        public record LaboratoryTestResult(string {|PII006:Loinc|}, string {|PII006:ResultDescription|}, System.Uri ReportUrl);
        public class ImmunizationEventModel
        {
            public string {|PII006:Name|} { get; set; } = "";
            public string {|PII006:ProviderOrClinic|} { get; set; } = "";
            public System.DateTime CreatedDateTime { get; set; }
        }
        """);

    [Fact]
    public Task Catalogues_directories_and_diagnostics_of_code_stay_quiet() => Verify.VerifyAsync(
        """
        public class DrugProduct
        {
            public string BrandName { get; set; } = "";
            public string Manufacturer { get; set; } = "";
        }
        public class Medication
        {
            public string Name { get; set; } = "";
            public decimal Price { get; set; }
        }
        public class Hospital
        {
            public string Name { get; set; } = "";
            public string Description { get; set; } = "";
        }
        public class DiagnosticResult
        {
            public string Message { get; set; } = "";
            public int Line { get; set; }
        }
        public class MedicationServiceOptions
        {
            public string BaseUrl { get; set; } = "";
            public string Tenant { get; set; } = "";
        }
        """);

    [Fact]
    public Task Under_inference_a_care_record_s_content_is_no_flow_source()
    {
        var test = new LogTest
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                public class MedicationStatement
                {
                    public string BrandName { get; set; } = "";
                    public string Diagnosis { get; set; } = "";
                }
                class C
                {
                    void Run(ILogger logger, MedicationStatement m)
                    {
                        logger.LogInformation("{Brand}", m.BrandName);
                        logger.LogInformation("{Diagnosis}", {|PII001:m.Diagnosis|});
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }
}
