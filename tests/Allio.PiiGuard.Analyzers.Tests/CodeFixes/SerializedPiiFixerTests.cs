using Allio.PiiGuard.Analyzers.Tests.Rules;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer, Allio.PiiGuard.CodeFixes.SerializedPiiFixer>;

namespace Allio.PiiGuard.Analyzers.Tests.CodeFixes;

public sealed class SerializedPiiFixerTests
{
    [Fact]
    public Task Adds_one_redacting_options_field_and_passes_it() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            string Run(Applicant applicant) => JsonSerializer.Serialize({|PII002:applicant|});
        }
        """), SerializationModel.With("""
        class Service
        {
            private static readonly JsonSerializerOptions RedactingJsonOptions = new()
            {
                TypeInfoResolver = new DefaultJsonTypeInfoResolver
                {
                    Modifiers = { PiiJson.RedactingModifier },
                },
            };

            string Run(Applicant applicant) => JsonSerializer.Serialize(applicant, options: RedactingJsonOptions);
        }
        """));

    [Fact]
    public Task Reuses_an_existing_field() => Verify.VerifyAsync(SerializationModel.With("""
        class Service
        {
            private static readonly JsonSerializerOptions RedactingJsonOptions = new()
            {
                TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { PiiJson.RedactingModifier } },
            };

            byte[] Run(Applicant applicant) => JsonSerializer.SerializeToUtf8Bytes({|PII002:applicant|});
            string Again(Applicant applicant) => JsonSerializer.Serialize(applicant, RedactingJsonOptions);
        }
        """), SerializationModel.With("""
        class Service
        {
            private static readonly JsonSerializerOptions RedactingJsonOptions = new()
            {
                TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { PiiJson.RedactingModifier } },
            };

            byte[] Run(Applicant applicant) => JsonSerializer.SerializeToUtf8Bytes(applicant, options: RedactingJsonOptions);
            string Again(Applicant applicant) => JsonSerializer.Serialize(applicant, RedactingJsonOptions);
        }
        """));

    [Fact]
    public Task No_fix_for_other_serializers() => Verify.VerifyAsync(
        SerializationModel.With("""
            class Service
            {
                string Run(Applicant applicant) => Newtonsoft.Json.JsonConvert.SerializeObject({|PII002:applicant|});
            }
            """),
        SerializationModel.With("""
            class Service
            {
                string Run(Applicant applicant) => Newtonsoft.Json.JsonConvert.SerializeObject({|PII002:applicant|});
            }
            """));
}
