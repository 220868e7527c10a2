using System.Text;

namespace Allio.PiiGuard.Analyzers.Benchmarks;

/// <summary>
/// Writes a realistic code base: per unit a model with personal data, a record, and a service that logs,
/// throws, calls HTTP and writes telemetry — mostly clean code, with a few leaks as real code has.
/// </summary>
internal static class CodeBaseGenerator
{
    public static IReadOnlyList<string> Generate(int units)
    {
        var files = new List<string>(units);
        for (var i = 0; i < units; i++)
        {
            files.Add(Unit(i));
        }

        return files;
    }

    private static string Unit(int i)
    {
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Diagnostics.Metrics;
            using System.Linq;
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;
            using Allio.PiiGuard;
            using Microsoft.Extensions.Logging;

            namespace Crm.Module{{i}};

            public sealed class Customer{{i}}
            {
                public Guid Id { get; set; }
                [Pii(Kind = PiiKind.LastName, Purposes = new[] { "identification" })] public string LastName { get; set; } = "";
                [Pii(Kind = PiiKind.FirstName)] public string FirstName { get; set; } = "";
                [Pii(Kind = PiiKind.Email)] public string Email { get; set; } = "";
                [Pii(Kind = PiiKind.Phone)] public string Phone { get; set; } = "";
                [Pii(Kind = PiiKind.City)] public string City { get; set; } = "";
                [SensitivePii(Kind = PiiKind.Health)] public string? HealthNotes { get; set; }
                public DateTime CreatedAt { get; set; }
                public int Version { get; set; }
                public string Status { get; set; } = "new";
                public List<Order{{i}}> Orders { get; } = new();
                public string DisplayName => FirstName + " " + LastName;
            }

            public sealed record Order{{i}}(Guid Id, decimal Amount, [property: Pii(Kind = PiiKind.PostalAddress)] string DeliveryAddress);

            public sealed class CustomerService{{i}}
            {
                private static readonly ActivitySource Source = new("Crm.Module{{i}}");
                private static readonly Meter Meter = new("Crm.Module{{i}}");
                private static readonly Counter<int> Registrations = Meter.CreateCounter<int>("registrations");
                private readonly ILogger<CustomerService{{i}}> _logger;
                private readonly HttpClient _http;
                private readonly Dictionary<Guid, Customer{{i}}> _store = new();

                public CustomerService{{i}}(ILogger<CustomerService{{i}}> logger, HttpClient http)
                {
                    _logger = logger;
                    _http = http;
                }

                public async Task<Customer{{i}}> RegisterAsync(string lastName, string firstName, string email, string phone)
                {
                    using var activity = Source.StartActivity("register");
                    var customer = new Customer{{i}} { Id = Guid.NewGuid(), LastName = lastName, FirstName = firstName, Email = email, Phone = phone, CreatedAt = DateTime.UtcNow };
                    if (string.IsNullOrWhiteSpace(customer.Email) || !customer.Email.Contains('@'))
                    {
                        throw new ArgumentException($"Customer {customer.Id} has an invalid email of length {customer.Email.Length}", nameof(email));
                    }

                    _store[customer.Id] = customer;
                    activity?.SetTag("customer.id", customer.Id);
                    Registrations.Add(1, new KeyValuePair<string, object?>("module", "{{i}}"));
                    _logger.LogInformation("Registered customer {CustomerId} at {CreatedAt}", customer.Id, customer.CreatedAt);
                    var response = await _http.PostAsync("/crm/customers", new StringContent(customer.Id.ToString()));
                    response.EnsureSuccessStatusCode();
                    return customer;
                }

                public Customer{{i}} Find(Guid id)
                {
                    if (!_store.TryGetValue(id, out var customer))
                    {
                        _logger.LogWarning("Customer {CustomerId} not found", id);
                        throw new KeyNotFoundException("No customer " + id);
                    }

                    return customer;
                }

                public string Summary(Customer{{i}} customer)
                {
                    var builder = new StringBuilder();
                    builder.Append("Customer ").Append(customer.Id).Append(" v").Append(customer.Version);
                    foreach (var order in customer.Orders.Where(o => o.Amount > 0).OrderBy(o => o.Amount))
                    {
                        builder.Append(", order ").Append(order.Id).Append(' ').Append(order.Amount);
                    }

                    return builder.ToString();
                }

                public decimal Total(Guid id) => Find(id).Orders.Sum(o => o.Amount);

                public IReadOnlyList<string> Cities() => _store.Values.Select(c => c.City).Distinct().OrderBy(c => c).ToList();

                private static string ContactOf(Customer{{i}} customer) => customer.Email ?? customer.Phone;

                public void Audit(Guid id)
                {
                    var customer = Find(id);
                    var masked = PiiRedact.Mask(customer.Email, PiiKind.Email);
                    _logger.LogInformation("Audit {CustomerId} {Masked} {Summary}", id, masked, Summary(customer));
                    Debug.WriteLine($"audit {customer.Id} orders={customer.Orders.Count}");
                    if (customer.Version < 0)
                    {
                        throw new InvalidOperationException("Negative version for " + customer.Id);
                    }
                }

                public async Task<string> LookupAsync(Guid id)
                {
                    var customer = Find(id);
                    var path = $"/crm/customers/{customer.Id}/orders?count={customer.Orders.Count}";
                    return await _http.GetStringAsync(path);
                }

            """);

        // About one unit in ten carries a real leak, as code under review does.
        if (i % 10 == 0)
        {
            text.Append($$"""
                    public void Leak(Guid id)
                    {
                        var customer = Find(id);
                        _logger.LogInformation("Contact {Contact}", ContactOf(customer));
                        Activity.Current?.SetTag("customer.email", customer.Email);
                        throw new InvalidOperationException($"Unreachable {customer.Phone}");
                    }

                """);
        }

        text.Append("""
            }

            """);
        return text.ToString();
    }
}
