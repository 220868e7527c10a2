using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Inference mode leaves people's keys and the areas of an address (a country, a region, a city) out of the sources: PII006
/// asks to mark them, but logging a customer's id instead of their e-mail is what the rules recommend, and a city alone
/// identifies no one.
/// </summary>
public sealed class InferencePersonKeyTests
{
    private const string GlobalOn = "is_global = true\nbuild_property.PiiGuardInference = names\n";

    [Fact]
    public Task A_persons_id_is_no_source_while_their_email_is() => Log(
        """
        using Microsoft.Extensions.Logging;
        public class Order
        {
            public string CustomerId { get; set; } = "";
            public System.Guid EmployeeId { get; set; }
            public string CustomerEmail { get; set; } = "";
        }
        public class UserDto
        {
            public string UserReportedId { get; set; } = "";
            public System.Collections.Generic.List<string> BannedUserIds { get; set; } = new();
        }
        class C
        {
            void Run(ILogger logger, Order o, UserDto u, string customerId)
            {
                logger.LogInformation("{CustomerId}", o.CustomerId);
                logger.LogInformation("{EmployeeId}", o.EmployeeId);
                logger.LogInformation("{CustomerId}", customerId);
                logger.LogInformation("{Reporter} {Banned}", u.UserReportedId, u.BannedUserIds);
                logger.LogInformation("{Email}", {|PII001:o.CustomerEmail|});
            }
        }
        """);

    [Fact]
    public Task A_marked_id_is_a_source() => Log(
        """
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public class Order
        {
            [Pii(Kind = PiiKind.OnlineIdentifier)]
            public string CustomerId { get; set; } = "";
        }
        class C
        {
            void Run(ILogger logger, Order o) => logger.LogInformation("{CustomerId}", {|PII001:o.CustomerId|});
        }
        """);

    [Fact]
    public Task A_country_beside_an_address_is_no_source_while_the_street_is() => Log(
        """
        using Microsoft.Extensions.Logging;
        public class Customer
        {
            public string Street { get; set; } = "";
            public string Country { get; set; } = "";
            public string BillingCountryCode { get; set; } = "";
        }
        class C
        {
            void Run(ILogger logger, Customer c)
            {
                logger.LogInformation("{Country} {Code}", c.Country, c.BillingCountryCode);
                logger.LogInformation("{Street}", {|PII001:c.Street|});
            }
        }
        """);

    [Fact]
    public Task A_city_a_town_and_a_region_are_no_sources_while_the_street_the_address_and_the_postal_code_are() => Log(
        """
        using Microsoft.Extensions.Logging;
        public class Contact
        {
            public int Id { get; set; }
            public string Street { get; set; } = "";
            public string Address { get; set; } = "";
            public string City { get; set; } = "";
            public string Town { get; set; } = "";
            public string Region { get; set; } = "";
            public string State { get; set; } = "";
            public string Province { get; set; } = "";
            public string ShippingCity { get; set; } = "";
            public string PostalCode { get; set; } = "";
            public double Latitude { get; set; }
        }
        class C
        {
            void Run(ILogger logger, Contact c, string city)
            {
                logger.LogInformation("Calling contact {Id} in {City}", c.Id, c.City);
                logger.LogInformation("{Town} {Region} {State} {Province}", c.Town, c.Region, c.State, c.Province);
                logger.LogInformation("{City} {Param}", c.ShippingCity, city);
                logger.LogInformation("{Street}", {|PII001:c.Street|});
                logger.LogInformation("{Address}", {|PII001:c.Address|});
                logger.LogInformation("{Zip}", {|PII001:c.PostalCode|});
                logger.LogInformation("{Lat}", {|PII001:c.Latitude|});
            }
        }
        """);

    [Fact]
    public Task A_marked_city_is_a_source() => Log(
        """
        using Allio.PiiGuard;
        using Microsoft.Extensions.Logging;
        public class Contact
        {
            [Pii(Kind = PiiKind.City)]
            public string City { get; set; } = "";
        }
        class C
        {
            void Run(ILogger logger, Contact c) => logger.LogInformation("{City}", {|PII001:c.City|});
        }
        """);

    [Fact]
    public Task Aliases_and_push_tokens_are_sources() => Log(
        """
        using Microsoft.Extensions.Logging;
        public class OmbiUser
        {
            public string Alias { get; set; } = "";
        }
        public class NotificationUserId
        {
            public string PlayerId { get; set; } = "";
        }
        class C
        {
            void Run(ILogger logger, OmbiUser u, NotificationUserId n)
            {
                logger.LogInformation("{Alias}", {|PII001:u.Alias|});
                logger.LogInformation("{Player}", {|PII001:n.PlayerId|});
            }
        }
        """);

    private static Task Log(string source)
    {
        var test = new LogTest { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalOn));
        return test.RunAsync();
    }
}
