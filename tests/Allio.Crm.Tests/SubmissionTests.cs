using System.Net.Http.Json;
using System.Text.Json;

namespace Allio.Crm.Tests;

/// <summary>Each collecting endpoint stores what it receives under the subject, for its own purpose.</summary>
public sealed class SubmissionTests(CrmFactory factory) : IClassFixture<CrmFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task VisitorInquiryIsStored()
    {
        var person = Person.New();

        var subjectId = await _client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person));

        var inquiry = Assert.Single((await _client.SubjectDataAsync(subjectId)).Records("Visitor"));
        Assert.Equal(person.Email, inquiry.Member("Email").GetString());
        Assert.Equal(person.Phone, inquiry.Member("Phone").GetString());
        Assert.Equal("1990-05-17", inquiry.Member("BirthDate").GetString());
        Assert.Equal("Do you resell backup software licences?", inquiry.Member("Question").GetString());
    }

    [Fact]
    public async Task ApplicantCvKeepsEveryField()
    {
        var person = Person.New();

        var subjectId = await _client.SubmitAsync("/applicants", Payloads.Cv(person));

        var cv = Assert.Single((await _client.SubjectDataAsync(subjectId)).Records("Applicant"));
        Assert.Equal("Петровна", cv.Member("MiddleName").GetString());
        Assert.Equal("+7 (812) 555-00-01", cv.Member("HomePhone").GetString());
        Assert.Equal(person.Phone, cv.Member("MobilePhone").GetString());
        Assert.Equal("full-time", cv.Member("Education")[0].Member("StudyForm").GetString());
        Assert.Equal("IT integration", cv.Member("WorkHistory")[0].Member("OrganisationField").GetString());
        Assert.Equal("English B2", cv.Member("ForeignLanguages")[0].GetString());
        Assert.Equal(250000m, cv.Member("SalaryExpectation").GetDecimal());
        Assert.Equal("sailing", cv.Member("Hobbies").GetString());
    }

    [Fact]
    public async Task EventRegistrationRecordsTheEvent()
    {
        var subjectId = await _client.SubmitAsync("/events/devday-2026/registrations", Payloads.EventRegistration(Person.New()));

        // The event code is not personal data, so the access request does not disclose it: read the store.
        var registration = Assert.Single(factory.Repository.Find(subjectId)!.EventRegistrations);
        Assert.Equal("devday-2026", registration.EventCode);
    }

    [Fact]
    public async Task ServiceDeskClientIsRegistered()
    {
        var person = Person.New();

        var subjectId = await _client.SubmitAsync("/service-desk/clients", Payloads.ServiceDeskClient(person));

        var account = Assert.Single((await _client.SubjectDataAsync(subjectId)).Records("ServiceDeskClient"));
        Assert.Equal(person.Email, account.Member("Email").GetString());
    }

    [Fact]
    public async Task SubmissionsWithOneEmailBelongToOneSubject()
    {
        var person = Person.New();

        var first = await _client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person));
        var second = await _client.SubmitAsync("/events/devday-2026/registrations", Payloads.EventRegistration(person with { Email = person.Email.ToUpperInvariant() }));

        Assert.Equal(first, second);
        var data = await _client.SubjectDataAsync(first);
        Assert.Equal(2, data.GetProperty("recordCount").GetInt32());
    }

    [Fact]
    public async Task AnswerCarriesOnlyTheSubjectId()
    {
        using var response = await _client.PostAsJsonAsync("/visitors/inquiries", Payloads.Inquiry(Person.New()));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["subjectId"], body.EnumerateObject().Select(property => property.Name));
    }
}
