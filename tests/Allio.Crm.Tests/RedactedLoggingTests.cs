namespace Allio.Crm.Tests;

/// <summary>
/// Every action on personal data is logged (§4.1.5), and the log holds only the redacted form of the data:
/// the redactor PiiGuard registers for its classification, applied by <c>EnableRedaction()</c>.
/// </summary>
public sealed class RedactedLoggingTests(CrmFactory factory) : IClassFixture<CrmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task NoSubmittedValueEverReachesALogRaw()
    {
        Person[] people = [Person.New(), Person.New(), Person.New(), Person.New(), Person.New()];
        var subjectId = await _client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(people[0]));
        await _client.SubmitAsync("/applicants", Payloads.Cv(people[1]));
        await _client.SubmitAsync("/events/devday-2026/registrations", Payloads.EventRegistration(people[2]));
        await _client.SubmitAsync("/service-desk/clients", Payloads.ServiceDeskClient(people[3]));
        await _client.SubmitAsync("/software/registrations", Payloads.SoftwareRegistration(people[4], consent: true));
        await _client.SubjectDataAsync(subjectId);
        (await _client.DeleteAsync($"/subjects/{subjectId}")).Dispose();

        var records = factory.Logs.Records.ToList();

        Assert.All(Enumerable.Range(1, 5), eventId => Assert.Contains(records, record => record.IsAppEvent(eventId)));
        foreach (var raw in people.SelectMany(person => person.RawValues()).Append("+7 (812) 555-00-01"))
        {
            Assert.All(records, record => Assert.All(record.AllText(), text => Assert.DoesNotContain(raw, text)));
        }
    }

    [Fact]
    public async Task InquiryLogCarriesTheRedactedForm()
    {
        var person = Person.New();

        var subjectId = await _client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person));

        var record = Assert.Single(factory.Logs.Records, record => record.IsAppEvent(1) && record.State.GetValueOrDefault("SubjectId") == subjectId.ToString());
        Assert.Equal(factory.Redacted(person.Email), record.State["Email"]);
        Assert.Equal(factory.Redacted(person.Phone), record.State["Phone"]);
        Assert.Equal(factory.Redacted(person.LastName), record.State["LastName"]);
        Assert.Equal(
            $"Inquiry from {factory.Redacted(person.LastName)} {factory.Redacted(person.FirstName)} <{factory.Redacted(person.Email)}>, "
            + $"phone {factory.Redacted(person.Phone)}, filed under subject {subjectId}",
            record.Message);
    }

    [Fact]
    public async Task NonPersonalValuesStayReadable()
    {
        var subjectId = await _client.SubmitAsync("/software/registrations", Payloads.SoftwareRegistration(Person.New(), consent: true));

        var record = Assert.Single(factory.Logs.Records, record => record.IsAppEvent(5) && record.State.GetValueOrDefault("SubjectId") == subjectId.ToString());
        Assert.Equal("Veeam Backup & Replication", record.State["Product"]);
    }
}
