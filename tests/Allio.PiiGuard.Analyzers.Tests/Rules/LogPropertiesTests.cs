using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A <c>[LogProperties]</c> parameter of a <c>[LoggerMessage]</c> method: Microsoft's generator logs the object's public
/// properties one by one, hands classified ones (<c>[Pii]</c>) to a redactor and skips <c>[LogPropertyIgnore]</c> ones, so
/// a personal property left unclassified is logged.
/// </summary>
public sealed class LogPropertiesTests
{
    private const string Attributes = """

        namespace Microsoft.Extensions.Logging
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter)] public sealed class LogPropertiesAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class LogPropertyIgnoreAttribute : System.Attribute { }
        }
        """;

    [Fact]
    public Task Unclassified_personal_properties_are_logged() => new LogTest
    {
        TestCode = """
            using Microsoft.Extensions.Logging;
            public sealed class Slot
            {
                public int SlotId { get; set; }
                public string CandidatePhone { get; set; } = "";
            }
            public sealed class IgnoredSlot
            {
                public int SlotId { get; set; }
                [LogPropertyIgnore] public string CandidatePhone { get; set; } = "";
            }
            public sealed class PartlyIgnoredSlot
            {
                public int SlotId { get; set; }
                public string CandidateEmail { get; set; } = "";
                [LogPropertyIgnore] public string CandidatePhone { get; set; } = "";
            }
            public sealed class Room
            {
                public int Number { get; set; }
            }
            static partial class Log
            {
                [LoggerMessage(Level = LogLevel.Information, Message = "Slot booked")]
                public static partial void Booked(this ILogger logger, [LogProperties] Slot slot);
                public static partial void Booked(this ILogger logger, Slot slot) { }

                [LoggerMessage(Level = LogLevel.Information, Message = "Slot booked")]
                public static partial void BookedQuietly(this ILogger logger, [LogProperties] IgnoredSlot slot);
                public static partial void BookedQuietly(this ILogger logger, IgnoredSlot slot) { }

                [LoggerMessage(Level = LogLevel.Information, Message = "Slot booked")]
                public static partial void BookedPartly(this ILogger logger, [LogProperties] PartlyIgnoredSlot slot);
                public static partial void BookedPartly(this ILogger logger, PartlyIgnoredSlot slot) { }

                [LoggerMessage(Level = LogLevel.Information, Message = "Room")]
                public static partial void Prepared(this ILogger logger, [LogProperties] Room room);
                public static partial void Prepared(this ILogger logger, Room room) { }
            }
            class Scheduler
            {
                void Book(ILogger logger, Slot slot, IgnoredSlot ignored, Room room)
                {
                    logger.Booked({|PII001:slot|});
                    logger.BookedQuietly(ignored);
                    var copied = new PartlyIgnoredSlot { SlotId = slot.SlotId, CandidatePhone = slot.CandidatePhone };
                    logger.BookedPartly(copied);
                    logger.Prepared(room);
                }
            }
            """ + Attributes,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") } },
    }.RunAsync();

    [Fact]
    public Task Classified_properties_go_to_the_redactor() => LogVerify.VerifyAsync("""
        using Microsoft.Extensions.Logging;
        static partial class Log
        {
            [LoggerMessage(Level = LogLevel.Information, Message = "Signed in")]
            public static partial void SignedIn(this ILogger logger, [LogProperties] User user);
            public static partial void SignedIn(this ILogger logger, User user) { }
        }
        class Service
        {
            void Run(ILogger logger, User u) => logger.SignedIn(u);
        }
        """ + Attributes + TestModel.Source);

    [Fact]
    public Task A_tag_providers_tags_are_logged_unless_classified() => LogVerify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Compliance.Classification;
        using Microsoft.Extensions.Logging;
        static class RecallTags
        {
            public static void RecordTags(ITagCollector collector, User user)
            {
                collector.Add("recall.email", {|PII001:user.Email|});
                collector.Add("recall.id", user.Id);
                collector.Add("recall.phone", user.Phone, new DataClassificationSet(new DataClassification("Pii", "Phone")));
            }
        }

        namespace Microsoft.Extensions.Logging
        {
            public interface ITagCollector
            {
                void Add(string tagName, object? tagValue);
                void Add(string tagName, object? tagValue, DataClassificationSet classifications);
            }
        }
        """));

    [Fact]
    public Task A_value_given_to_a_tag_provider_is_logged_as_its_tags_say() => new LogTest
    {
        TestCode = """
            using Microsoft.Extensions.Logging;
            public sealed record Holder
            {
                public System.Guid AttendeeId { get; set; }
                public string FullName { get; set; } = "";
            }
            static class HolderTags
            {
                public static void Record(ITagCollector tags, Holder holder) => tags.Add("holder.id", holder.AttendeeId);
            }
            static partial class Log
            {
                [LoggerMessage(Level = LogLevel.Information, Message = "Holder tagged")]
                public static partial void Tagged(ILogger logger, [TagProvider(typeof(HolderTags), nameof(HolderTags.Record))] Holder holder);
                public static partial void Tagged(ILogger logger, Holder holder) { }

                [LoggerMessage(Level = LogLevel.Information, Message = "Holder {Holder}")]
                public static partial void Written(ILogger logger, Holder holder);
                public static partial void Written(ILogger logger, Holder holder) { }
            }
            class Printer
            {
                void Print(ILogger logger, Holder badge)
                {
                    Log.Tagged(logger, new Holder { AttendeeId = badge.AttendeeId, FullName = badge.FullName });
                    Log.Written(logger, new Holder { AttendeeId = badge.AttendeeId, FullName = {|PII001:badge.FullName|} });
                }
            }

            namespace Microsoft.Extensions.Logging
            {
                public interface ITagCollector { void Add(string tagName, object? tagValue); }
                [System.AttributeUsage(System.AttributeTargets.Parameter)]
                public sealed class TagProviderAttribute(System.Type providerType, string providerMethod) : System.Attribute { }
            }
            """,
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") } },
    }.RunAsync();
}
