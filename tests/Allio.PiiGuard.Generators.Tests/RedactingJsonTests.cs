using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Allio.PiiGuard.Generators.Tests.Infrastructure;
using Allio.PiiGuard.Generators.Tests.Samples;

namespace Allio.PiiGuard.Generators.Tests;

/// <summary>The System.Text.Json modifier writes personal members redacted, with reflection-based and source-generated metadata alike.</summary>
public sealed class RedactingJsonTests
{
    private static SampleCustomer Customer() => new()
    {
        Id = 7,
        Email = "anna@example.ru",
        Phone = "+7 900 000-00-00",
        Salary = 150000,
        Address = new SampleAddress { Street = "Lenina 1", Country = "RU" },
    };

    [Fact]
    public void Descriptors_are_registered_by_the_module_initializer()
    {
        Assert.Same(SampleCustomer.PiiDescriptor, PiiTypeRegistry.Find(typeof(SampleCustomer)));
        Assert.Equal(["Email", "Phone", "Salary"], SampleCustomer.PiiDescriptor.Members.Select(static member => member.Name));
        Assert.Equal("tel", SampleCustomer.PiiDescriptor.Find("Phone")!.JsonName);
        Assert.Equal(["support"], SampleCustomer.PiiDescriptor.Find("Email")!.Purposes);
    }

    [Fact]
    public void Reflection_metadata_writes_markers()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { PiiJson.RedactingModifier } } };

        var json = JsonSerializer.Serialize(Customer(), options);

        Assert.Equal(
            """{"Id":7,"Email":"[redacted:Email]","tel":"[redacted:Phone]","Salary":"[redacted:SalaryExpectation]","Address":{"Street":"[redacted:PostalAddress]","Country":"RU"},"Previous":[]}""",
            json);
    }

    [Fact]
    public void Source_generated_metadata_with_a_naming_policy_writes_redacted_values()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = SampleJsonContext.Default.WithAddedModifier(PiiJson.CreateRedactingModifier(StarRedactorProvider.Instance)),
        };

        var json = JsonSerializer.Serialize(Customer(), options);

        Assert.Equal(
            """{"id":7,"email":"***************","tel":"****************","salary":"******","address":{"street":"********","country":"RU"},"previous":[]}""",
            json);
    }

    [Fact]
    public void A_null_personal_member_stays_null()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = SampleJsonContext.Default.WithAddedModifier(PiiJson.RedactingModifier) };

        var json = JsonSerializer.Serialize(new SampleCustomer { Email = "x@y.z" }, options);

        Assert.Contains("\"tel\":null", json);
    }

    [Fact]
    public void A_type_with_hooks_but_no_registered_descriptor_fails_closed()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = SampleJsonContext.Default.WithAddedModifier(PiiJson.RedactingModifier) };

        var error = Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(new SampleBox<string> { Value = "secret" }, options));
        Assert.Contains("PiiTypeRegistry.Register", error.Message);
    }
}
