using Allio.Crm.Model;
using Allio.PiiGuard;

namespace Allio.Crm.Tests;

/// <summary>The app as configured: its <see cref="LoggerPiiAuditSink"/> writes every audit event to the log, without values.</summary>
[Collection(PiiAuditCollection.Name)]
public sealed class AuditLogTests(CrmFactory factory) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task EveryActionIsLoggedWithItsPurposeAndNoValue()
    {
        var client = factory.CreateClient();
        var person = Person.New();
        var subjectId = await client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person));
        await client.SubjectDataAsync(subjectId);
        (await client.DeleteAsync($"/subjects/{subjectId}")).Dispose();

        var audit = factory.Logs.Records.Where(record => record.Category == LoggerPiiAuditSink.Category).ToList();

        Assert.All(audit, record => Assert.Equal(typeof(Visitor).FullName, record.State["PiiType"]));
        Assert.Contains(audit, record => Is(record, PiiAction.Recording, "Email", "user-inquiries"));
        Assert.Contains(audit, record => Is(record, PiiAction.Retrieval, "Email", "user-inquiries"));
        Assert.Equal(Visitor.PiiDescriptor.Members.Count, audit.Count(record => Is(record, PiiAction.Transfer, null, "legal-obligations")));
        Assert.Equal(Visitor.PiiDescriptor.Members.Count, audit.Count(record => Is(record, PiiAction.Destruction, null, "legal-obligations")));
        foreach (var raw in person.RawValues())
        {
            Assert.All(factory.Logs.Records, record => Assert.All(record.AllText(), text => Assert.DoesNotContain(raw, text)));
        }
    }

    private static bool Is(CapturedLog record, PiiAction action, string? member, string purpose) =>
        record.State["PiiAction"] == action.ToString()
        && (member is null || record.State["PiiMember"] == member)
        && record.State["PiiPurpose"] == purpose;
}
