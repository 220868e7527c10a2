using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Inference mode leaves people's keys and bare countries out of the sources: PII006 asks to mark them, but logging
/// a customer's id instead of their e-mail is what the rules recommend, and a country alone identifies no one.
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
