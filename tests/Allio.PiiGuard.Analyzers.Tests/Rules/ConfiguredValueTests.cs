using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;
using SerializeTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Under inference, what the application reads from its own configuration (<c>options.Value.Depot.Postcode</c>, a field
/// holding a settings object, a local given a configured object) is the operator's, whatever type holds it; the same type
/// read from a customer, a person's own settings (<c>UserSettings</c>) and explicit marks still count.
/// </summary>
public sealed class ConfiguredValueTests
{
    private const string Types = """
        namespace Microsoft.Extensions.Options
        {
            public interface IOptions<T> where T : class { T Value { get; } }
            public interface IOptionsMonitor<T> { T CurrentValue { get; } T Get(string name); }
        }
        public class PostalAddress { public string Line1 { get; set; } = ""; public string Postcode { get; set; } = ""; }
        public class Contact { public string Name { get; set; } = ""; public string Phone { get; set; } = ""; }
        public class CompanyOptions { public PostalAddress Depot { get; set; } = new(); public Contact Escalation { get; set; } = new(); }
        public class Fleet { public PostalAddress Depot { get; set; } = new(); }
        public class UserSettings { public Contact Emergency { get; set; } = new(); }
        public class Customer
        {
            public PostalAddress Home { get; set; } = new();
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] public string? Mobile { get; set; }
        }
        public class ShopOptions { public Customer Owner { get; set; } = new(); }
        """;

    private const string Inference = "is_global = true\nbuild_property.PiiGuardInference = names\n";

    [Fact]
    public Task Members_read_from_configuration_are_the_operators_and_the_same_members_of_a_customer_are_not()
    {
        var test = new LogTest
        {
            TestCode = Types + """
                class Dispatch(Microsoft.Extensions.Logging.ILogger<Dispatch> log, Microsoft.Extensions.Options.IOptions<CompanyOptions> options,
                    Microsoft.Extensions.Options.IOptionsMonitor<Fleet> fleet)
                {
                    private readonly CompanyOptions _company = options.Value;

                    void Run(Customer customer, UserSettings mine, ShopOptions shop)
                    {
                        var depot = options.Value.Depot;
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Depot {Postcode}", depot.Postcode);
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Depot {Line}", _company.Depot.Line1);
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Call {Phone}", _company.Escalation.Phone);
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Fleet {Line}", fleet.CurrentValue.Depot.Line1);
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Named {Line}", fleet.Get("north").Depot.Line1);
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Depot {@Depot}", depot);
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Home {Postcode}", {|#0:customer.Home.Postcode|});
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Home {@Home}", {|#1:customer.Home|});
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Emergency {Phone}", {|#2:mine.Emergency.Phone|});
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Owner {Mobile}", {|#3:shop.Owner.Mobile|});
                        var either = customer.Home;
                        if (customer.Home.Line1.Length == 0) either = options.Value.Depot;
                        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log, "Either {Line}", {|#4:either.Line1|});
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithMessage("'PostalAddress.Postcode' looks like personal data by its name (PostalAddress) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(1)
            .WithMessage("'PostalAddress.Line1' in whole 'PostalAddress' looks like personal data by its name (PostalAddress) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(2)
            .WithMessage("'Contact.Phone' looks like personal data by its name (Phone) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(3)
            .WithMessage("Personal data 'Customer.Mobile' (Phone) reaches log sink 'ILogger.LogInformation' unredacted"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(4)
            .WithMessage("'PostalAddress.Line1' looks like personal data by its name (PostalAddress) and reaches log sink 'ILogger.LogInformation' unredacted"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Inference));
        return test.RunAsync();
    }

    [Fact]
    public Task A_configured_object_serialized_whole_is_the_operators()
    {
        var test = new SerializeTest
        {
            TestCode = Types + """
                class Dispatch(Microsoft.Extensions.Options.IOptions<CompanyOptions> options)
                {
                    string Depot() => System.Text.Json.JsonSerializer.Serialize(options.Value.Depot);
                    string Home(Customer customer) => System.Text.Json.JsonSerializer.Serialize({|#0:customer.Home|});
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(SerializedPiiAnalyzer.Rule).WithLocation(0)
            .WithMessage("'PostalAddress.Line1' in whole 'PostalAddress' looks like personal data by its name (PostalAddress) and is serialized unredacted by 'JsonSerializer.Serialize'"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Inference));
        return test.RunAsync();
    }
}
