using System.Net.Http.Json;
using System.Text.Json;
using Allio.PiiGuard.Testing;

namespace Allio.Crm.Tests;

/// <summary>
/// A new user's walk through the CRM on its SQLite file: an inquiry and a CV with one email, an access request,
/// withdrawal of consent; then a plain SQL look at every table, and the officer's action log.
/// </summary>
[Collection(PiiAuditCollection.Name)]
public sealed class DatabaseWithdrawalTests(CrmFactory factory) : IClassFixture<CrmFactory>
{
    [Fact]
    public async Task AfterWithdrawalNoTableHoldsTheEmailOrNameAndTheActionLogHoldsCollectionAccessAndDestruction()
    {
        var client = factory.CreateClient();
        var person = Person.New();
        var subjectId = await client.SubmitAsync("/visitors/inquiries", Payloads.Inquiry(person));
        Assert.Equal(subjectId, await client.SubmitAsync("/applicants", Payloads.Cv(person)));

        var data = await client.SubjectDataAsync(subjectId);
        Assert.Equal(2, data.GetProperty("recordCount").GetInt32());
        Assert.Equal(person.Email, Assert.Single(data.Records("Visitor")).Member("Email").GetString());
        Assert.Equal(person.Email, Assert.Single(data.Records("Applicant")).Member("Email").GetString());
        Assert.Contains(EveryStoredValue(), value => value.Contains(person.Email, StringComparison.OrdinalIgnoreCase)); // the look finds data while it is held

        using var withdrawal = await client.DeleteAsync($"/subjects/{subjectId}");
        withdrawal.EnsureSuccessStatusCode();

        Assert.DoesNotContain(EveryStoredValue(), value =>
            value.Contains(person.Email, StringComparison.OrdinalIgnoreCase)
            || value.Contains(person.LastName, StringComparison.OrdinalIgnoreCase)
            || value.Contains(person.FirstName, StringComparison.OrdinalIgnoreCase));

        var log = await client.GetFromJsonAsync<JsonElement>($"/dpo/action-log?subjectId={subjectId}");
        var actions = log.EnumerateArray().Select(entry => (Action: entry.GetProperty("action").GetString(), Entity: entry.GetProperty("entity").GetString())).ToList();
        Assert.Contains(("Collection", "Visitor"), actions);
        Assert.Contains(("Collection", "Applicant"), actions);
        Assert.Contains(("Transfer", "Visitor"), actions);
        Assert.Contains(("Transfer", "Applicant"), actions);
        Assert.Contains(("Destruction", "Visitor"), actions);
        Assert.Contains(("Destruction", "Applicant"), actions);
    }

    /// <summary>Every value of every table of the app's SQLite file, read with plain SQL.</summary>
    private List<string> EveryStoredValue()
    {
        var (tables, values) = SqliteFileContents.Read($"Data Source={factory.DatabasePath};Pooling=False;Mode=ReadOnly");
        Assert.Contains("PiiActionLog", tables);
        return values;
    }
}
