using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A text sink prints an object of the compilation through its hand-written <c>ToString</c> or a record's own
/// <c>PrintMembers</c>: of what the object was built from, only what those methods read reaches the text.
/// </summary>
public sealed class PrintedMembersTests
{
    [Fact]
    public Task Only_the_members_its_printing_reads_reach_the_text() => LogVerify.VerifyAsync(TestModel.With("""
        using System;
        using System.Text;
        using Microsoft.Extensions.Logging;
        public sealed class DecisionError
        {
            public int ApplicationId { get; set; }
            public string Reason { get; set; } = "";
            public string? Contact { get; set; }
            public override string ToString() => $"Decision error {ApplicationId}: {Reason}";
        }
        public sealed class Greeting
        {
            public string Label { get; set; } = "";
            public override string ToString() => "Hello " + Label;
        }
        public record Scan(int GuestId, string Document, string Nationality)
        {
            protected virtual bool PrintMembers(StringBuilder builder)
            {
                builder.Append("GuestId = ").Append(GuestId).Append(", Nationality = ").Append(Nationality);
                return true;
            }
        }
        public sealed class Bag
        {
            public string this[string key] { get => ""; set { } }
            public override string ToString() => "bag";
        }
        public sealed class Shown
        {
            private readonly string _text;
            public Shown(string text) => _text = text;
            public override string ToString() => _text;
        }
        class Service
        {
            void Run(ILogger logger, User user)
            {
                var error = new DecisionError { ApplicationId = user.Id, Reason = "LOW_SCORE", Contact = user.Email };
                logger.LogWarning("Declined: {Error}", error);
                logger.LogWarning("Declined: {@Error}", {|PII001:error|});

                var greeting = new Greeting { Label = user.Email };
                logger.LogInformation("{Greeting}", {|PII001:greeting|});
                var plain = new Greeting { Label = "team" };
                logger.LogInformation("{Greeting}", plain);

                var scan = new Scan(user.Id, user.Phone, "FR");
                logger.LogInformation("Stored {Scan}", scan);
                var leaked = new Scan(user.Id, "P1", user.Email);
                logger.LogInformation("Stored {Scan}", {|PII001:leaked|});

                var shown = new Shown(user.Email);
                logger.LogInformation("{Shown}", {|PII001:shown|});

                var pair = (Id: user.Id, Mail: user.Email);
                logger.LogInformation("{Pair}", {|PII001:pair|});

                var bag = new Bag { ["mail"] = user.Email };
                logger.LogInformation("{Bag}", {|PII001:bag|});
            }
        }
        """));

    [Fact]
    public Task A_member_printed_only_by_its_size_gives_the_text_no_data() => LogVerify.VerifyAsync(TestModel.With("""
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;
        public sealed record Ticket(string OrderNumber, string Notes, IReadOnlyList<string> Allergies)
        {
            public override string ToString() => $"{OrderNumber}: {Allergies.Count} flags, {this.Notes.Length} chars";
        }
        public sealed record Label(string OrderNumber, IReadOnlyList<string> Allergies)
        {
            public override string ToString() => $"{OrderNumber}: {Allergies.Count} flags ({string.Join(",", Allergies)})";
        }
        class Service
        {
            void Run(ILogger logger, User user)
            {
                var ticket = new Ticket("A1", user.Email, new List<string> { user.Diagnosis });
                logger.LogInformation("{Ticket}", ticket);
                var label = new Label("A1", new List<string> { user.Diagnosis });
                logger.LogInformation("{Label}", {|PII001:label|});
            }
        }
        """));

    [Fact]
    public Task A_personal_member_the_printing_masks_is_not_printed()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add("""
            using Microsoft.Extensions.Logging;
            class Job
            {
                void Run(ILogger logger, PaymentPlan plan, Courier courier)
                {
                    logger.LogInformation("{Plan}", plan);
                    logger.LogInformation("{Courier}", {|PII001:courier|});
                }
            }
            """);
        test.TestState.Sources.Add("""
            using Allio.PiiGuard;
            public class PaymentPlan
            {
                public int Id { get; set; }
                [Pii(Kind = PiiKind.FinancialAccount)] public string Iban { get; set; } = "";
                public override string ToString() => $"Plan {Id}, account {Privacy.Mask(Iban)}";
            }
            public class Courier
            {
                [Pii(Kind = PiiKind.FullName)] public string Name { get; set; } = "";
                [Pii(Kind = PiiKind.Phone)] public string Mobile { get; set; } = "";
                public override string ToString() => $"{Name} ({Privacy.Mask(Mobile)})";
            }
            public static class Privacy
            {
                [PiiSanitizer] public static string Mask(string value) => "***";
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task A_construction_printed_through_a_masking_or_no_printing_gives_the_text_what_it_prints()
    {
        var test = new LogVerify.Test();
        test.TestState.Sources.Add("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            class Job
            {
                void Run(ILogger logger, Holder holder)
                {
                    var plan = new Plan(1, holder.Iban);
                    logger.LogInformation("{Plan}", plan);
                    var letter = new Letter(holder);
                    logger.LogInformation("{Letter}", letter);
                    System.Console.WriteLine(new Letter(holder));
                    var names = new Names { holder.Name };
                    logger.LogInformation("{Names}", {|PII001:names|});
                    var shown = new Shown(holder.Name);
                    logger.LogInformation("{Shown}", {|PII001:shown|});
                }
            }
            """);
        test.TestState.Sources.Add("""
            using Allio.PiiGuard;
            public class Holder
            {
                [Pii(Kind = PiiKind.FullName)] public string Name { get; set; } = "";
                [Pii(Kind = PiiKind.FinancialAccount)] public string Iban { get; set; } = "";
            }
            public record Plan(int Id, [property: Pii(Kind = PiiKind.FinancialAccount)] string Iban)
            {
                public override string ToString() => $"Plan {Id}, account {Privacy.Mask(Iban)}";
            }
            public class Letter
            {
                public Letter(Holder holder) => Addressee = holder.Name;
                public string Addressee { get; }
            }
            public class Names : System.Collections.Generic.List<string> { }
            public class Shown
            {
                public Shown(string name) => Name = name;
                public string Name { get; }
                public override string ToString() => "Shown " + Name;
            }
            public static class Privacy
            {
                [PiiSanitizer] public static string Mask(string value) => "***";
            }
            """);
        return test.RunAsync();
    }
}
