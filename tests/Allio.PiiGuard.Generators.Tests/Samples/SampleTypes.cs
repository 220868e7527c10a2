using System.Text.Json.Serialization;

namespace Allio.PiiGuard.Generators.Tests.Samples;

// Types the real generator processes while this project builds (warnings are errors here).

public partial class SampleCustomer
{
    public int Id { get; set; }

    [Pii(Kind = PiiKind.Email, Purposes = ["support"], Subjects = ["visitor"])]
    public string Email { get; set; } = "";

    [Pii(Kind = PiiKind.Phone)]
    [JsonPropertyName("tel")]
    public string? Phone { get; set; }

    [Pii(Kind = PiiKind.SalaryExpectation)]
    public int Salary { get; set; }

    public SampleAddress? Address { get; set; }

    public List<SampleAddress> Previous { get; set; } = [];
}

public partial class SampleAddress
{
    [Pii(Kind = PiiKind.PostalAddress)]
    public string Street { get; set; } = "";

    public string Country { get; set; } = "";
}

public partial class SampleApplicant
{
    [Pii(Kind = PiiKind.GovernmentId, Purposes = ["hiring"])]
    public partial string Passport { get; set; }

    [SensitivePii(Kind = PiiKind.Health)]
    public partial string? Health { get; set; }
}

public partial class SampleBox<T>
{
    [Pii]
    public T? Value { get; set; }
}

[JsonSerializable(typeof(SampleCustomer))]
[JsonSerializable(typeof(SampleBox<string>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal partial class SampleJsonContext : JsonSerializerContext;
