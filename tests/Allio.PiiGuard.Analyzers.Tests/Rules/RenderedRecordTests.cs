using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A helper returning a record's text carries what the record's compiler-written ToString prints.</summary>
public sealed class RenderedRecordTests
{
    [Fact]
    public Task Helpers_returning_a_records_text_are_reported() => LogVerify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            static string Render(Applicant c) => c.ToString();
            static string Interpolate(Applicant c) => $"{c}";
            static string Generic<T>(T value) => value!.ToString()!;
            static string IdOnly(Applicant c) => c.Id.ToString();

            void Run(ILogger logger, Applicant c)
            {
                logger.LogInformation({|PII001:Render(c)|});
                logger.LogInformation({|PII001:Interpolate(c)|});
                logger.LogInformation(Generic({|PII001:c|}));
                logger.LogInformation(IdOnly(c));
            }
        }
        """));

    [Fact]
    public Task A_record_taken_from_a_collection_prints_itself() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, List<Applicant> applicants, IList<object?> arguments)
            {
                logger.LogInformation("{Applicant}", {|PII001:applicants.First()|});
                logger.LogInformation("{Applicant}", {|PII001:applicants.Where(a => a.Id > 0).FirstOrDefault()|});
                var posted = arguments.OfType<Applicant>().FirstOrDefault();
                logger.LogInformation("{Applicant}", {|PII001:posted|});
                logger.LogInformation("{Applicant}", applicants.Select(a => a with { LastName = "" }).First());
                logger.LogInformation("{Id}", applicants.First().Id);
            }
        }
        """));

    [Fact]
    public Task Helpers_in_another_file_returning_a_records_text_are_reported()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Service
            {
                void Run(ILogger logger, Applicant c)
                {
                    logger.LogInformation(Text.Render({|PII001:c|}));
                    logger.LogInformation(Text.Interpolate({|PII001:c|}));
                    logger.LogInformation(Text.IdOnly(c));
                }
            }
            """));
        test.TestState.Sources.Add("""
            static class Text
            {
                public static string Render(Applicant c) => c.ToString();
                public static string Interpolate(Applicant c) => $"{c}";
                public static string IdOnly(Applicant c) => c.Id.ToString();
            }
            """);
        return test.RunAsync();
    }
}
