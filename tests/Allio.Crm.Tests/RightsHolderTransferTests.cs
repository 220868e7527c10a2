using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using Allio.Crm.Transfers;
using Allio.PiiGuard;

namespace Allio.Crm.Tests;

/// <summary>Software registration hands the rights holder only what §2.2.5/§3.2.1 and the policy allow.</summary>
public sealed class RightsHolderTransferTests(CrmFactory factory) : IClassFixture<CrmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TransferCarriesTheRegistrationData()
    {
        var person = Person.New();

        await _client.SubmitAsync("/software/registrations", Payloads.SoftwareRegistration(person, consent: true));

        var sent = Assert.Single(factory.RightsHolder.Outbox, message => message.Email == person.Email);
        Assert.Equal("Veeam Backup & Replication", sent.Product);
        Assert.Equal(person.LastName, sent.LastName);
        Assert.Equal(person.FirstName, sent.FirstName);
        Assert.Equal("ООО Ромашка", sent.Company);
    }

    [Fact]
    public void TransferredKindsAreThoseThePolicyAllowsTheRightsHolder()
    {
        using var policy = factory.Policy();
        var recipient = policy.RootElement.GetProperty("recipients").EnumerateArray()
            .Single(candidate => candidate.GetProperty("id").GetString() == "rights-holder");
        var allowed = recipient.GetProperty("kinds").EnumerateArray().Select(kind => kind.GetString()).OfType<string>().ToHashSet();

        var sent = typeof(RightsHolderRegistration).GetProperties()
            .Select(property => property.GetCustomAttribute<PiiAttribute>())
            .OfType<PiiAttribute>()
            .Select(mark => mark.Kind.ToString())
            .ToHashSet();

        Assert.NotEmpty(sent);
        Assert.Subset(allowed, sent);
        Assert.Equal("RU", recipient.GetProperty("country").GetString());
    }

    [Fact]
    public void EveryPersonalMemberOfTheMessageIsMarked()
    {
        // A personal member without [Pii] would slip past the kinds check above; only the product may be unmarked.
        // Instance members only: the generated static PiiDescriptor describes the type, it holds no data.
        var unmarked = typeof(RightsHolderRegistration).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetCustomAttribute<PiiAttribute>() is null)
            .Select(property => property.Name);

        Assert.Equal([nameof(RightsHolderRegistration.Product)], unmarked);
    }

    [Fact]
    public async Task WithoutConsentNothingIsSentOrStored()
    {
        var person = Person.New();

        using var refused = await _client.PostAsJsonAsync("/software/registrations", Payloads.SoftwareRegistration(person, consent: false));
        var laterSubject = await _client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain(factory.RightsHolder.Outbox, message => message.Email == person.Email);
        Assert.Empty((await _client.SubjectDataAsync(laterSubject)).Records("SoftwareRegistration"));
    }
}
