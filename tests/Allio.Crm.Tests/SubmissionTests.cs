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

        var inquiry = Assert.Single((await _client.SubjectDataAsync(subjectId)).GetProperty("inquiries").EnumerateArray());
        Assert.Equal(person.Email, inquiry.GetProperty("email").GetString());
        Assert.Equal(person.Phone, inquiry.GetProperty("phone").GetString());
        Assert.Equal("1990-05-17", inquiry.GetProperty("birthDate").GetString());
        Assert.Equal("Do you resell backup software licences?", inquiry.GetProperty("question").GetString());
    }

    [Fact]
    public async Task ApplicantCvKeepsEveryField()
    {
        var person = Person.New();

        var subjectId = await _client.SubmitAsync("/applicants", Payloads.Cv(person));

        var cv = Assert.Single((await _client.SubjectDataAsync(subjectId)).GetProperty("applications").EnumerateArray());
        Assert.Equal("Петровна", cv.GetProperty("middleName").GetString());
        Assert.Equal("+7 (812) 555-00-01", cv.GetProperty("homePhone").GetString());
        Assert.Equal(person.Phone, cv.GetProperty("mobilePhone").GetString());
        Assert.Equal("full-time", cv.GetProperty("education")[0].GetProperty("studyForm").GetString());
        Assert.Equal("IT integration", cv.GetProperty("workHistory")[0].GetProperty("organisationField").GetString());
        Assert.Equal("English B2", cv.GetProperty("foreignLanguages")[0].GetString());
        Assert.Equal(250000m, cv.GetProperty("salaryExpectation").GetDecimal());
        Assert.Equal("sailing", cv.GetProperty("hobbies").GetString());
    }

    [Fact]
    public async Task EventRegistrationRecordsTheEvent()
    {
        var subjectId = await _client.SubmitAsync("/events/devday-2026/registrations", Payloads.EventRegistration(Person.New()));

        var registration = Assert.Single((await _client.SubjectDataAsync(subjectId)).GetProperty("eventRegistrations").EnumerateArray());
        Assert.Equal("devday-2026", registration.GetProperty("eventCode").GetString());
    }

    [Fact]
    public async Task ServiceDeskClientIsRegistered()
    {
        var person = Person.New();

        var subjectId = await _client.SubmitAsync("/service-desk/clients", Payloads.ServiceDeskClient(person));

        var account = Assert.Single((await _client.SubjectDataAsync(subjectId)).GetProperty("serviceDeskAccounts").EnumerateArray());
        Assert.Equal(person.Email, account.GetProperty("email").GetString());
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
