using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;
using SerializeVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A member of a local's or a parameter's object set to a constant by the statements before a read (<c>copy.Email = "";</c>)
/// holds that constant there, read alone or with the whole object; set on some paths only, after the read, in a loop
/// around the read, or followed by a use of the object that may change it, it still holds the person's data. A
/// construction decides the members it sets itself (its constructor's copies, its initializer) by the values it is given.
/// </summary>
public sealed class MemberOverwriteTests
{
    [Fact]
    public Task A_member_set_to_a_constant_before_the_read_is_quiet() => LogVerify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u, bool verbose)
            {
                var copy = u;
                copy.Email = "";
                copy.Phone = "anonymous";
                logger.LogInformation("{Email} {Phone}", copy.Email, copy.Phone);
                if (verbose)
                {
                    logger.LogInformation("{Email} {Id}", copy.Email, copy.Id);
                    logger.LogInformation("{Diagnosis}", {|PII001:copy.Diagnosis|});
                }

                var other = u;
                other.Email = string.Empty;
                other.Phone = null!;
                logger.LogInformation("{Email} {Phone}", other.Email, other.Phone);
            }
        }
        """));

    [Fact]
    public Task A_member_of_the_object_itself_masked_before_the_read_is_quiet() => LogVerify.VerifyAsync("""
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public class BookingForm
        {
            private readonly ILogger _logger;
            public BookingForm(ILogger logger) => _logger = logger;
            [Pii(Kind = PiiKind.Email)] public string OrganizerEmail { get; set; } = "";
            [Pii(Kind = PiiKind.Phone)] public string OrganizerPhone { get; set; } = "";

            public void Cancel()
            {
                OrganizerEmail = Mask(OrganizerEmail);
                this.OrganizerPhone = "";
                _logger.LogInformation("Cancelled by {Organizer} {Phone}", OrganizerEmail, OrganizerPhone);
            }

            public void Rebook()
            {
                OrganizerEmail = Mask(OrganizerEmail);
                Refresh();
                _logger.LogInformation("Rebooked by {Organizer}", {|PII001:OrganizerEmail|});
            }

            public void Submit()
            {
                _logger.LogInformation("Booked by {Organizer}", {|PII001:OrganizerEmail|});
                OrganizerEmail = Mask(OrganizerEmail);
            }

            private void Refresh() { }

            [PiiSanitizer] private static string Mask(string value) => "***";
        }
        """);

    [Fact]
    public Task A_member_set_on_some_paths_after_the_read_or_then_changed_stays_reported() => LogVerify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User u, User v, bool blank, System.Collections.Generic.List<User> all)
            {
                var a = u;
                if (blank) a.Email = "";
                logger.LogInformation("{Email}", {|PII001:a.Email|});

                var b = u;
                logger.LogInformation("{Email}", {|PII001:b.Email|});
                b.Email = "";

                var c = u;
                c.Email = "";
                Refill(c, v);
                logger.LogInformation("{Email}", {|PII001:c.Email|});

                var d = u;
                d.Email = "";
                d.Email = v.Email;
                logger.LogInformation("{Email}", {|PII001:d.Email|});

                var e = u;
                e.Email = "";
                foreach (var x in all)
                {
                    logger.LogInformation("{Email}", {|PII001:e.Email|});
                    e.Email = x.Email;
                }

                var f = u;
                f.Email = "";
                f = v;
                logger.LogInformation("{Email}", {|PII001:f.Email|});
            }

            static void Refill(User target, User source) => target.Email = source.Email;
        }
        """));

    [Fact]
    public Task A_whole_object_serialized_after_blanking_names_what_is_left() => SerializeVerify.VerifyAsync(TestModel.With("""
        using System.Text.Json;
        class Service
        {
            string Some(User u)
            {
                var user = u;
                user.Diagnosis = null!;
                return JsonSerializer.Serialize({|PII002:user|});
            }

            string All(User u)
            {
                var user = u;
                user.Diagnosis = null!;
                user.Email = "";
                user.Phone = "";
                return JsonSerializer.Serialize(user);
            }
        }
        """));

    [Fact]
    public Task A_copy_with_masked_members_serialized_is_quiet() => SerializeVerify.VerifyAsync("""
        using System.Text.Json;
        public static class Masks
        {
            [Allio.PiiGuard.PiiSanitizer] public static string Hide(string value) => "***";
        }
        public sealed record Card(int Id, [property: Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] string FullName,
            [property: Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] string Phone);
        class Service
        {
            string Masked(Card card)
            {
                var safe = card with { FullName = Masks.Hide(card.FullName), Phone = Masks.Hide(card.Phone) };
                return JsonSerializer.Serialize(safe);
            }

            string Half(Card card)
            {
                var half = card with { FullName = Masks.Hide(card.FullName) };
                return JsonSerializer.Serialize({|PII002:half|});
            }
        }
        """);

    [Fact]
    public Task A_member_replaced_by_its_masked_value_is_quiet() => LogVerify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;
        public static class Masks
        {
            [Allio.PiiGuard.PiiSanitizer] public static string Hide(string value) => "***";
        }
        class Service
        {
            void Run(ILogger logger, User u)
            {
                var masked = u;
                masked.Email = Masks.Hide(masked.Email);
                logger.LogInformation("{Email}", masked.Email);

                var trimmed = u;
                trimmed.Email = trimmed.Email.Trim();
                logger.LogInformation("{Email}", {|PII001:trimmed.Email|});
            }
        }
        """));

    [Fact]
    public Task A_parameter_whose_members_were_masked_is_serialized_quietly() => SerializeVerify.VerifyAsync(TestModel.With("""
        using System.Text.Json;
        class Service
        {
            string All(User user)
            {
                user.Diagnosis = null!;
                user.Email = "";
                user.Phone = "";
                return JsonSerializer.Serialize(user);
            }

            string Some(User user)
            {
                user.Email = "";
                return JsonSerializer.Serialize({|PII002:user|});
            }

            string Passed(User user)
            {
                user.Diagnosis = null!;
                user.Email = "";
                user.Phone = "";
                Touch(user);
                return JsonSerializer.Serialize({|PII002:user|});
            }

            void Touch(User user) { }
        }
        """));

    [Fact]
    public Task A_construction_from_masked_values_is_serialized_quietly() => SerializeVerify.VerifyAsync("""
        using System.Text.Json;
        using Allio.PiiGuard;
        public static class Masks
        {
            [PiiSanitizer] public static string Hide(string value) => "***";
        }
        public class Tenant
        {
            public int Id { get; set; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            [Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = "";
        }
        public sealed record ContactDto(int Id, [property: Pii(Kind = PiiKind.Email)] string Email, [property: Pii(Kind = PiiKind.Phone)] string Phone);
        public sealed class ContactView
        {
            public ContactView(int id, string email) { Id = id; Email = email; }
            public int Id { get; }
            [Pii(Kind = PiiKind.Email)] public string Email { get; }
            [Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = "";
        }
        class Service
        {
            string Local(Tenant t)
            {
                var dto = new ContactDto(t.Id, Masks.Hide(t.Email), Masks.Hide(t.Phone));
                return JsonSerializer.Serialize(dto);
            }

            string Direct(Tenant t) => JsonSerializer.Serialize(new ContactDto(t.Id, Masks.Hide(t.Email), ""));
            string Initialized(Tenant t) => JsonSerializer.Serialize(new ContactView(t.Id, Masks.Hide(t.Email)) { Phone = "" });
            string Leaked(Tenant t) => JsonSerializer.Serialize(new ContactDto(t.Id, Masks.Hide(t.Email), {|PII002:t.Phone|}));
            string Left(Tenant t) => JsonSerializer.Serialize({|PII002:new ContactView(t.Id, Masks.Hide(t.Email))|});

            string Changed(Tenant t)
            {
                var dto = new ContactView(t.Id, Masks.Hide(t.Email)) { Phone = "" };
                dto.Phone = t.Phone;
                return JsonSerializer.Serialize({|PII002:dto|});
            }
        }
        """);
}
