using System.Net.Http.Json;
using System.Text.Json;
using Allio.Crm.Model;
using Allio.PiiGuard;
using Allio.PiiGuard.EntityFrameworkCore;

namespace Allio.Crm.Tests;

/// <summary>
/// What the generated hooks report to the audit sink (§4.1.5): withdrawal erases every member (§5.3), the access
/// request exports them (§5.4), and every event says what, where and why, never the value.
/// </summary>
[Collection(PiiAuditCollection.Name)]
public sealed class AuditTrailTests(AuditedCrmFactory factory) : IClassFixture<AuditedCrmFactory>
{
    private const string LegalObligations = "legal-obligations";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task WithdrawalDestroysEveryPersonalMemberOfEveryRecordOfTheSubject()
    {
        var person = Person.New();
        var subjectId = await _client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person));
        await _client.SubmitAsync("/applicants", Payloads.Cv(person));

        var (answer, events) = await factory.AuditedAsync(() => _client.DeleteFromJsonAsync<JsonElement>($"/subjects/{subjectId}"));

        // A CV's courses and jobs live in its row: destroying the CV's members destroys them.
        var destroyed = events.Where(e => e.Action == PiiAction.Destruction).ToList();
        Assert.Equal(Sorted(MembersOf(typeof(Visitor)).Concat(MembersOf(typeof(Applicant)))), Sorted(destroyed.Select(e => (e.Type, e.Member, e.Kind))));
        Assert.All(destroyed, e => Assert.Equal((LegalObligations, PiiSubjectReference.Of(subjectId)), (e.Purpose, e.Subject)));

        Assert.Equal(2, answer.GetProperty("recordCount").GetInt32());
        var erased = answer.GetProperty("erased").EnumerateArray().ToDictionary(entity => entity.GetProperty("entity").GetString()!);
        Assert.Equal(["Applicant", "Visitor"], erased.Keys.Order());
        Assert.Equal(NamesOf(typeof(Visitor)).Order(StringComparer.Ordinal), Strings(erased["Visitor"].GetProperty("members")));
        Assert.Equal(1, erased["Applicant"].GetProperty("deleted").GetInt32());
        Assert.Null(factory.Repository.Find(subjectId));
    }

    [Fact]
    public async Task AccessRequestDisclosesExactlyTheExportedMembersInDescriptorOrder()
    {
        var person = Person.New();
        var subjectId = await _client.SubmitAsync("/applicants", Payloads.Cv(person));
        var applicant = Assert.Single(factory.Repository.Find(subjectId)!.Applications);
        object[] records = [applicant, .. applicant.Education, .. applicant.WorkHistory];

        var (answer, events) = await factory.AuditedAsync(() => _client.GetFromJsonAsync<JsonElement>($"/subjects/{subjectId}/data"));

        var cv = Assert.Single(answer.GetProperty("records").EnumerateArray());
        Assert.Equal("Applicant", cv.GetProperty("type").GetString());
        AssertDisclosed(Applicant.PiiDescriptor, cv);
        AssertDisclosed(EducationRecord.PiiDescriptor, Assert.Single(cv.Member("Education").EnumerateArray()));
        AssertDisclosed(WorkExperience.PiiDescriptor, Assert.Single(cv.Member("WorkHistory").EnumerateArray()));
        Assert.Equal(person.Email, cv.Member("Email").GetString());

        // Each disclosed member is reported once, as a transfer to the subject; nested entries through their own export.
        // (Reading the audited Email to disclose it is reported too, as a retrieval.)
        var transfers = events.Where(e => e.Action == PiiAction.Transfer).ToList();
        Assert.Equal(records.SelectMany(record => MembersOf(record.GetType())), transfers.Select(e => (e.Type, e.Member, e.Kind)));
        Assert.All(events, e => Assert.Equal(LegalObligations, e.Purpose));
        Assert.All(events, e => Assert.Contains(e.Action, new[] { PiiAction.Transfer, PiiAction.Retrieval, PiiAction.Recording }));
    }

    [Fact]
    public async Task EveryEventNamesActionTypeMemberKindAndTheEndpointsPurpose()
    {
        foreach (var (purpose, events) in await RunEveryEndpointAsync(Person.New()))
        {
            Assert.NotEmpty(events);
            Assert.All(events, e =>
            {
                Assert.True(Enum.IsDefined(e.Action));
                Assert.Equal("Allio.Crm.Model", e.Type.Namespace);
                var member = PiiTypeRegistry.Find(e.Type)?.Find(e.Member);
                Assert.NotNull(member);
                Assert.Equal(member.Kind, e.Kind);
                Assert.Equal(purpose, e.Purpose);
            });
        }
    }

    [Fact]
    public async Task SubmissionsReportTheRecordingAndReadsOfTheAuditedEmail()
    {
        var submissions = (await RunEveryEndpointAsync(Person.New())).Where(run => run.Purpose != LegalObligations);

        // Model binding sets the partial property (Recording), the store and the log read it (Retrieval).
        Assert.All(submissions, run =>
        {
            Assert.Contains(run.Events, e => e is { Action: PiiAction.Recording, Member: "Email", Kind: PiiKind.Email });
            Assert.Contains(run.Events, e => e is { Action: PiiAction.Retrieval, Member: "Email", Kind: PiiKind.Email });
        });
    }

    [Fact]
    public async Task NoRawValueAppearsInAnyAuditEvent()
    {
        var person = Person.New();

        var events = (await RunEveryEndpointAsync(person)).SelectMany(run => run.Events).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.All(person.RawValues(), raw =>
        {
            Assert.DoesNotContain(raw, e.ToString());
            Assert.DoesNotContain(raw, e.Member);
            Assert.DoesNotContain(raw, e.Purpose ?? string.Empty);
        }));
    }

    /// <summary>One request to each endpoint that touches personal data, all for one subject, with the events each caused.</summary>
    private async Task<List<(string Purpose, IReadOnlyList<PiiAuditEvent> Events)>> RunEveryEndpointAsync(Person person)
    {
        var subjectId = Guid.Empty;
        (string Purpose, Func<Task> Request)[] requests =
        [
            ("user-inquiries", async () => subjectId = await _client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person))),
            ("recruitment", () => _client.SubmitAsync("/applicants", Payloads.Cv(person))),
            ("event-registration", () => _client.SubmitAsync("/events/devday-2026/registrations", Payloads.EventRegistration(person))),
            ("service-desk", () => _client.SubmitAsync("/service-desk/clients", Payloads.ServiceDeskClient(person))),
            ("software-registration", () => _client.SubmitAsync("/software/registrations", Payloads.SoftwareRegistration(person, consent: true))),
            (LegalObligations, () => _client.SubjectDataAsync(subjectId)),
            (LegalObligations, () => _client.DeleteFromJsonAsync<JsonElement>($"/subjects/{subjectId}")),
        ];

        var runs = new List<(string, IReadOnlyList<PiiAuditEvent>)>();
        foreach (var (purpose, request) in requests)
        {
            runs.Add((purpose, await factory.AuditedAsync(request)));
        }

        return runs;
    }

    private static void AssertDisclosed(PiiTypeDescriptor descriptor, JsonElement record)
    {
        var members = record.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(descriptor.Members.Select(member => member.Name), members.Select(member => member.GetProperty("name").GetString()));
        Assert.Equal(descriptor.Members.Select(member => member.Kind.ToString()), members.Select(member => member.GetProperty("kind").GetString()));
        Assert.Equal(descriptor.Members.Select(member => member.Retention), members.Select(member => member.GetProperty("retention").GetString()));
        Assert.Equal(
            descriptor.Members.Select(member => string.Join(",", member.Purposes)),
            members.Select(member => string.Join(",", Strings(member.GetProperty("purposes")))));
    }

    private static IEnumerable<(Type, string, PiiKind)> MembersOf(Type type) =>
        PiiTypeRegistry.Find(type)!.Members.Select(member => (type, member.Name, member.Kind));

    private static IEnumerable<string> NamesOf(Type type) => PiiTypeRegistry.Find(type)!.Members.Select(member => member.Name);

    private static List<string> Sorted(IEnumerable<(Type Type, string Member, PiiKind Kind)> members) =>
        [.. members.Select(member => $"{member.Type.Name}.{member.Member}:{member.Kind}").Order(StringComparer.Ordinal)];

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString());
}
