using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.SerializedPiiAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII002: what serializers read of whole objects (public readable members, nested) <c>HttpResponse.WriteAsJsonAsync</c> and text written to a response body.</summary>
public sealed class SerializedWholeObjectTests
{
    private const string Types = """

        namespace Destructurama.Attributed
        {
            public sealed class NotLoggedAttribute : System.Attribute { }
        }

        namespace Microsoft.AspNetCore.Http
        {
            public abstract class HttpResponse { }
            public static class HttpResponseJsonExtensions
            {
                public static System.Threading.Tasks.Task WriteAsJsonAsync<TValue>(
                    this HttpResponse response, TValue value, System.Threading.CancellationToken cancellationToken = default) => null!;
            }
            public static class HttpResponseWritingExtensions
            {
                public static System.Threading.Tasks.Task WriteAsync(
                    this HttpResponse response, string text, System.Threading.CancellationToken cancellationToken = default) => null!;
            }
        }

        namespace Shop
        {
            using Allio.PiiGuard;

            public class Address { public string City { get; set; } = ""; [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = ""; }
            public class Customer { public int Id { get; set; } public Address Address { get; set; } = new(); }
            public class Order { public int Id { get; set; } public Customer Customer { get; set; } = new(); }

            public class Account
            {
                public int Id { get; set; }
                [Pii(Kind = PiiKind.Email)] private string Email { get; set; } = "";
                [Pii(Kind = PiiKind.Phone)] internal string Phone = "";
                [Pii(Kind = PiiKind.Email)] public static string Admin { get; set; } = "";
                [Pii(Kind = PiiKind.Email)] public string Backup { set { } }
            }

            public class LogOnly
            {
                [Destructurama.Attributed.NotLogged, Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
            }
        }
        """;

    private static Task VerifyAsync(string code, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync(SerializationModel.With("using System.Linq;\nusing System.Collections.Generic;\nusing Shop;\n" + code + Types), expected);

    [Fact]
    public Task Nested_member_three_levels_down_is_named() => VerifyAsync("""
        class Service
        {
            void Run(Order order) => JsonSerializer.Serialize({|#0:order|});
        }
        """,
        new DiagnosticResult(SerializedPiiAnalyzer.Rule).WithLocation(0).WithArguments("'Address.Email' in whole 'Order'", "Email", "JsonSerializer.Serialize"));

    [Fact]
    public Task Write_as_json_and_results_warn() => VerifyAsync("""
        class Endpoints
        {
            System.Threading.Tasks.Task Write(HttpResponse response, Order order) => response.WriteAsJsonAsync({|PII002:order|});
            IResult Json(Order order) => Results.Json({|PII002:order|});
            IResult Ok(List<Order> orders) => Results.Ok({|PII002:orders|});
        }
        """);

    [Fact]
    public Task Text_written_to_a_response_body_warns_when_personal() => VerifyAsync("""
        class Endpoints
        {
            System.Threading.Tasks.Task Hello(HttpResponse response, Address a) => response.WriteAsync("Hello " + {|PII002:a.Email|});
            System.Threading.Tasks.Task City(HttpResponse response, Address a) => response.WriteAsync("Shipping to " + a.City);
            System.Threading.Tasks.Task Length(HttpResponse response, Address a) => response.WriteAsync(a.Email.Length.ToString());
        }
        """);

    [Fact]
    public Task Members_serializers_cannot_read_are_clean() => VerifyAsync("""
        class Endpoints
        {
            System.Threading.Tasks.Task Write(HttpResponse response, Account account) => response.WriteAsJsonAsync(account);
            IResult Json(Account account) => Results.Json(account);
            string Text(Account account) => JsonSerializer.Serialize(new[] { account });
        }
        """);

    [Fact]
    public Task Serializers_ignore_destructurama_attributes() => VerifyAsync("""
        class Service
        {
            string Run(LogOnly value) => JsonSerializer.Serialize({|PII002:value|});
        }
        """);

    [Fact]
    public Task Projections_to_ids_carry_nothing() => VerifyAsync("""
        class Endpoints
        {
            IResult Ids(List<Order> orders) => Results.Ok(orders.Select(o => o.Id).ToList());
            IResult Customers(List<Order> orders) => Results.Json(orders.Select(o => o.Customer.Id).ToArray());
            System.Threading.Tasks.Task Write(HttpResponse response, List<Order> orders) => response.WriteAsJsonAsync(orders.Select(o => new { o.Id, CustomerId = o.Customer.Id }));
        }
        """);
}
