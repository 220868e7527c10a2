using System.Net;

namespace Allio.Crm.Tests;

/// <summary>Withdrawal of consent destroys the records (§5.3); the access request shows what is held (§5.4).</summary>
public sealed class SubjectRightsTests(CrmFactory factory) : IClassFixture<CrmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task WithdrawalRemovesEveryRecordSoAccessFindsNothing()
    {
        var person = Person.New();
        var subjectId = await _client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person));
        await _client.SubmitAsync("/applicants", Payloads.Cv(person));

        using var withdrawal = await _client.DeleteAsync($"/subjects/{subjectId}");
        using var access = await _client.GetAsync($"/subjects/{subjectId}/data");

        Assert.Equal(HttpStatusCode.OK, withdrawal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, access.StatusCode);
        Assert.Null(factory.Repository.Find(subjectId));
        Assert.Contains(factory.Logs.Records, record => record.IsAppEvent(7) && record.Message.Contains($"2 records of subject {subjectId} erased and destroyed"));
    }

    [Fact]
    public async Task AfterWithdrawalTheSameEmailStartsANewSubject()
    {
        var person = Person.New();
        var before = await _client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person));
        (await _client.DeleteAsync($"/subjects/{before}")).Dispose();

        var after = await _client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person));

        Assert.NotEqual(before, after);
        Assert.Equal(1, (await _client.SubjectDataAsync(after)).GetProperty("recordCount").GetInt32());
    }

    [Fact]
    public async Task UnknownSubjectIsNotFound()
    {
        var unknown = Guid.NewGuid();

        using var withdrawal = await _client.DeleteAsync($"/subjects/{unknown}");
        using var access = await _client.GetAsync($"/subjects/{unknown}/data");

        Assert.Equal(HttpStatusCode.NotFound, withdrawal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, access.StatusCode);
    }

    [Fact]
    public async Task AccessRequestReturnsEveryServiceOfTheSubject()
    {
        var person = Person.New();
        var subjectId = await _client.SubmitAsync("/service-desk/clients", Payloads.ServiceDeskClient(person));
        await _client.SubmitAsync("/software/registrations", Payloads.SoftwareRegistration(person, consent: true));

        var data = await _client.SubjectDataAsync(subjectId);

        Assert.Equal(subjectId, data.GetProperty("subjectId").GetGuid());
        Assert.Equal(2, data.GetProperty("recordCount").GetInt32());
        Assert.Single(data.Records("ServiceDeskClient"));
        Assert.Single(data.Records("SoftwareRegistration"));
        Assert.Contains(factory.Logs.Records, record => record.IsAppEvent(8) && record.Message.Contains($"2 records of subject {subjectId}"));
    }
}
