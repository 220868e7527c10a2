using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
using SerializeTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A derived type's constructor that gives its base the values the base copies into properties
/// (<c>: base(participant.Email, …)</c>) decides those properties: an object traced to its construction holds what those
/// values read of its arguments, not the arguments whole and not whatever the property's name suggests.
/// </summary>
public sealed class BaseConstructorArgumentTests
{
    private const string Notifications = """
        public abstract class NotificationBase
        {
            protected NotificationBase(string recipient, string subject)
            {
                Recipient = recipient;
                Subject = subject;
            }

            public string Recipient { get; }
            public string Subject { get; }
            public override string ToString() => $"'{Subject}' to {Recipient}";
        }

        public sealed class GrantApproved : NotificationBase
        {
            public GrantApproved(Participant participant, decimal amount)
                : base(participant.Email, $"Your grant of {amount:0.00} EUR")
            {
                Amount = amount;
            }

            public decimal Amount { get; }
        }

        public sealed class SponsorReminder : NotificationBase
        {
            public SponsorReminder(Sponsor sponsor) : base(sponsor.PartnershipsMailbox, $"Booth set-up for {sponsor.CompanyName}")
            {
            }
        }

        public sealed class Forwarded(string to) : NotificationBase(to, "Forwarded");

        public sealed class Readdressed : NotificationBase
        {
            public Readdressed(Participant participant) : base(participant.Email, "Readdressed")
            {
                Recipient = "desk@example.org";
            }

            public new string Recipient { get; }
        }

        public class Participant
        {
            public string FullName { get; set; } = "";
            public string Email { get; set; } = "";
        }

        public class Sponsor
        {
            public string CompanyName { get; set; } = "";
            public string PartnershipsMailbox { get; set; } = "";
            public string ContactPersonName { get; set; } = "";
        }
        """;

    [Fact]
    public Task What_a_constructor_gives_its_base_decides_the_base_properties()
    {
        var test = new LogTest
        {
            TestState =
            {
                Sources =
                {
                    """
                    using Microsoft.Extensions.Logging;
                    class Mailer
                    {
                        void Queue(ILogger log, Participant participant, Sponsor sponsor)
                        {
                            var granted = new GrantApproved(participant, 120m);
                            log.LogInformation("Queued {Notification}", {|#0:granted|});
                            log.LogInformation("Queued {Notification}", new SponsorReminder(sponsor));
                            log.LogInformation("Queued {Notification}", new Forwarded(sponsor.PartnershipsMailbox));
                            log.LogInformation("Queued {Notification}", {|#1:new Forwarded(participant.Email)|});
                            log.LogInformation("Queued {Notification}", {|#2:new Readdressed(participant)|});
                            var leader = new LeaderRef(7, participant.FullName);
                            log.LogDebug("Leader {Leader}", leader);
                        }
                    }

                    public record LeaderRef(int BookingId, string LeaderName)
                    {
                        public override string ToString() => $"Booking {BookingId}, leader {LeaderName[..1]}.";
                    }
                    """,
                    Notifications,
                },
                AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
            },
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("'Participant.Email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(1)
            .WithMessage("'Participant.Email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"));
        // The body assigns its own Recipient after the base's: the base property is no longer decided here, and its name counts.
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(2)
            .WithMessage("'NotificationBase.Recipient' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_construction_serialized_whole_holds_what_it_gave_its_base_and_what_its_body_reads()
    {
        var test = new SerializeTest
        {
            TestState =
            {
                Sources =
                {
                    """
                    using System.Text.Json;
                    public sealed class Escalated : NotificationBase
                    {
                        public Escalated(Sponsor sponsor) : base(sponsor.PartnershipsMailbox, "Escalated")
                        {
                            Contact = sponsor.ContactPersonName;
                        }

                        public string Contact { get; }
                    }

                    class Outbox
                    {
                        string Write(Participant participant, Sponsor sponsor, int kind) => kind switch
                        {
                            0 => JsonSerializer.Serialize(new SponsorReminder(sponsor)),
                            1 => JsonSerializer.Serialize({|#0:new GrantApproved(participant, 10m)|}),
                            _ => JsonSerializer.Serialize(new Escalated({|#1:sponsor|})),
                        };
                    }
                    """,
                    Notifications,
                },
                AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
            },
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SerializedPiiAnalyzer.Rule).WithLocation(0)
            .WithMessage("'Participant.Email' looks like personal data by its name (Email) and is serialized unredacted by 'JsonSerializer.Serialize'"));
        // The body reads the sponsor too: the argument reaches the object whole.
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SerializedPiiAnalyzer.Rule).WithLocation(1)
            .WithMessage("'Sponsor.ContactPersonName' in whole 'Sponsor' looks like personal data by its name (FullName) and is serialized unredacted by 'JsonSerializer.Serialize'"));
        return test.RunAsync();
    }

    [Fact]
    public Task Types_that_derive_from_each_other_are_read_without_looping()
    {
        var test = new LogTest
        {
            TestCode = """
                using Microsoft.Extensions.Logging;
                public class First : Second
                {
                    public First(Participant p) : base(p.Email) { }
                    public string Recipient { get; }
                }

                public class Second : First
                {
                    public Second(string recipient) : base(recipient) { Recipient = recipient; }
                    public string Recipient { get; }
                    public override string ToString() => Recipient;
                }

                public class Participant { public string Email { get; set; } = ""; }

                class Mailer
                {
                    void Queue(ILogger log, Participant participant) => log.LogInformation("{First}", new First(participant));
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
            TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") } },
        };
        return test.RunAsync();
    }
}
