using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// PII002 on CsvHelper: a field written to a CSV row, and a record or records written whole (their public properties,
/// without CsvHelper's <c>[Ignore]</c>d ones). Ids, counts and a record without personal data stay quiet.
/// </summary>
public sealed class CsvWriterTests
{
    [Fact]
    public Task Csv_fields_and_records_are_serialized() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using Allio.PiiGuard;
        using CsvHelper;
        namespace CsvHelper
        {
            public interface IWriterRow { void WriteField(string? field); void WriteField<T>(T? field); void WriteRecord<T>(T? record); }
            public interface IWriter : IWriterRow { void WriteRecords(System.Collections.IEnumerable records); void NextRecord(); }
            public sealed class CsvWriter : IWriter
            {
                public void WriteField(string? field) { }
                public void WriteField<T>(T? field) { }
                public void WriteRecord<T>(T? record) { }
                public void WriteRecords(System.Collections.IEnumerable records) { }
                public void NextRecord() { }
            }
        }
        namespace CsvHelper.Configuration.Attributes { public sealed class IgnoreAttribute : System.Attribute { } }
        public sealed class Holder
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
        }
        public sealed class QuietHolder
        {
            public int Id { get; set; }
            [CsvHelper.Configuration.Attributes.Ignore, Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
        }
        public sealed class Totals
        {
            public int Count { get; set; }
        }
        class Export
        {
            void Run(CsvWriter csv, IWriter writer, Holder h, List<Holder> all, QuietHolder quiet, List<Totals> totals)
            {
                csv.WriteField(h.Id);
                csv.WriteField({|PII002:h.Email|});
                csv.NextRecord();
                writer.WriteRecord({|PII002:h|});
                writer.WriteRecords({|PII002:all|});
                writer.WriteRecord(quiet);
                writer.WriteRecords(totals);
            }
        }
        """);
}
