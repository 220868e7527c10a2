using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII001 on whole objects: what a destructuring hole reads (public members, nested) and what a text hole prints (ToString).</summary>
public sealed class PiiInLogWholeObjectTests
{
    /// <summary>An order graph three levels deep, with members that readers skip; Destructurama's attributes by metadata name.</summary>
    private const string Orders = """

        namespace Destructurama.Attributed
        {
            public sealed class NotLoggedAttribute : System.Attribute { }
            public sealed class LogMaskedAttribute : System.Attribute { }
        }

        namespace Shop
        {
            using Allio.PiiGuard;

            public class Address
            {
                public string City { get; set; } = "";
                [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            }

            public class Customer
            {
                public int Id { get; set; }
                public Address Address { get; set; } = new();
            }

            public class Order
            {
                public int Id { get; set; }
                public Customer Customer { get; set; } = new();
            }

            public class Hidden
            {
                public int Id { get; set; }
                [Pii(Kind = PiiKind.Email)] private string Email { get; set; } = "";
                [Pii(Kind = PiiKind.Phone)] protected string Phone = "";
                [Pii(Kind = PiiKind.Phone)] internal string Mobile { get; set; } = "";
                [Pii(Kind = PiiKind.Email)] public static string Admin { get; set; } = "";
                [Pii(Kind = PiiKind.Email)] public string Backup { set { } }
                [Pii(Kind = PiiKind.LastName)] public string Name { private get; set; } = "";
                [Pii(Kind = PiiKind.Email)] public string this[int i] => "";
            }

            public class Ignored
            {
                public int Id { get; set; }
                [System.Text.Json.Serialization.JsonIgnore, Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
                [Destructurama.Attributed.NotLogged, Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = "";
                [Destructurama.Attributed.LogMasked, Pii(Kind = PiiKind.LastName)] public string LastName { get; set; } = "";
                [System.Runtime.Serialization.IgnoreDataMember, Pii(Kind = PiiKind.FirstName)] public string FirstName { get; set; } = "";
                [System.Xml.Serialization.XmlIgnore, Pii(Kind = PiiKind.PostalAddress)] public string Street { get; set; } = "";
            }

            public class IgnoredOnWrite
            {
                [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
                [Pii(Kind = PiiKind.Email)] public string? Email { get; set; }
            }

            public record Ticket(int Id, [property: Pii(Kind = PiiKind.Email)] string Email);
            public record TicketId(int Id)
            {
                [Pii(Kind = PiiKind.Email)] private string Email { get; init; } = "";
                [Pii(Kind = PiiKind.Email)] internal string Contact = "";
            }
            public record Envelope(int Id, Ticket Ticket);
            public record ClassEnvelope(int Id, Customer Customer);
            public partial record Generated([property: Pii(Kind = PiiKind.Email)] string Email);
            public record OwnPrint([property: Pii(Kind = PiiKind.Email)] string Email)
            {
                protected virtual bool PrintMembers(System.Text.StringBuilder builder) => false;
            }
            public class Plain
            {
                [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            }
        }
        """;

    private static Task VerifyAsync(string code, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync("using System.Linq;\nusing System.Collections.Generic;\nusing Microsoft.Extensions.Logging;\nusing Shop;\n" + TestModel.With(code) + Orders, expected);

    [Fact]
    public Task Destructuring_reads_three_levels_deep_and_names_the_member() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Order order, List<Order> orders)
            {
                logger.LogInformation("Placed {@Order}", {|#0:order|});
                logger.LogInformation("Placed {@Orders}", {|PII001:orders|});
                logger.LogInformation("Placed {@Customer}", {|PII001:order.Customer|});
            }
        }
        """,
        new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0).WithArguments("'Address.Email' in whole 'Order'", "Email", "ILogger.LogInformation"));

    [Fact]
    public Task Dictionary_values_and_library_members_are_read_as_they_hold() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Dictionary<string, Customer> byName, Dictionary<string, int> counts, System.Uri link, System.DateTime when)
            {
                logger.LogInformation("{@ByName}", {|PII001:byName|});
                logger.LogInformation("{@Counts}", counts);
                logger.LogInformation("{@Link} {@When}", link, when);
            }
        }
        """);

    [Fact]
    public Task Destructuring_skips_what_readers_cannot_see() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Hidden hidden, Ignored ignored, TicketId id)
            {
                logger.LogInformation("{@Hidden}", hidden);
                logger.LogInformation("{@Ignored}", ignored);
                logger.LogInformation("{@Id}", id);
            }
        }
        """);

    [Fact]
    public Task Json_ignore_only_when_writing_null_is_still_written() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, IgnoredOnWrite value) => logger.LogInformation("{@Value}", {|PII001:value|});
        }
        """);

    [Fact]
    public Task Records_print_personal_members_and_nested_printing_records() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Ticket ticket, Envelope envelope)
            {
                logger.LogInformation("Opened {Ticket}", {|PII001:ticket|});
                logger.LogInformation("Opened " + {|PII001:envelope|});
                logger.LogInformation({|PII001:ticket|}.ToString());
            }
        }
        """);

    [Fact]
    public Task Text_holes_of_objects_that_print_nothing_personal_are_clean() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, TicketId id, ClassEnvelope envelope, Generated generated, OwnPrint own, Plain plain, Order order)
            {
                logger.LogInformation("Opened {Ticket}", id);
                logger.LogInformation($"Opened {envelope}");
                logger.LogInformation("Opened {Ticket}", generated);
                logger.LogInformation("Opened {Ticket}", own);
                logger.LogInformation("Opened " + plain);
                logger.LogInformation("Placed {Order}", order);
            }
        }
        """);

    [Fact]
    public Task Anonymous_objects_carry_the_members_they_select() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, Order order, User u)
            {
                logger.LogInformation("{@Summary}", new { order.Id, Customer = {|PII001:order.Customer|} });
                logger.LogInformation("{@Summary}", new { u.Id, {|PII001:u.Email|} });
                logger.LogInformation("{@Summary}", new { order.Id, CustomerId = order.Customer.Id });
                logger.LogInformation("{@Summary}", new { u.Id, u.Login });
            }
        }
        """);

    [Fact]
    public Task Projections_to_primitives_carry_nothing() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, List<User> users, List<Order> orders)
            {
                logger.LogInformation("{@Ids}", users.Select(u => u.Id).ToList());
                logger.LogInformation("{@Ids}", orders.Select(o => o.Customer.Id).ToArray());
                logger.LogInformation("{@Logins}", users.Select(u => u.Login));
                logger.LogInformation("{@Count}", users.Count);
            }
        }
        """);

    [Fact]
    public Task Projections_to_library_values_carry_nothing() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, User[] users)
            {
                logger.LogInformation("{@Keys}", users.Select(u => System.Guid.NewGuid()).ToArray());
                logger.LogInformation("{@Times}", users.Select(u => System.DateTimeOffset.UtcNow).ToList());
                logger.LogInformation("{@Spans}", users.Select(u => System.TimeSpan.Zero));
                logger.LogInformation("{@Emails}", users.Select(u => {|PII001:u.Email|}).ToArray());
            }
        }
        """);

    [Fact]
    public Task Projections_that_keep_personal_data_warn() => VerifyAsync("""
        class Service
        {
            void Run(ILogger logger, List<User> users, List<Order> orders)
            {
                logger.LogInformation("{@Emails}", users.Select(u => {|PII001:u.Email|}).ToList());
                logger.LogInformation("{@Customers}", {|PII001:orders.Select(o => o.Customer).ToList()|});
                logger.LogInformation("{@Rows}", users.Select(u => new { u.Id, {|PII001:u.Phone|} }));
            }
        }
        """);
}
