using System.Text.Json;
using Allio.PiiGuard;

namespace Allio.Crm.Tests;

/// <summary><c>piiguard.json</c> is valid JSON and states the seed policy: §2.2 purposes, §1.1 subjects, §3 transfers.</summary>
public sealed class PolicyFileTests(CrmFactory factory) : IClassFixture<CrmFactory>
{
    private static readonly string[] s_purposes =
    [
        "identification", "personalization", "service-improvement", "statistics", "software-registration", "website-functionality",
        "contract-performance", "user-inquiries", "event-registration", "service-desk", "recruitment", "legal-obligations",
    ];

    [Fact]
    public void DeclaresTheTwelvePurposesInClauseOrder()
    {
        using var policy = factory.Policy();
        var purposes = policy.RootElement.GetProperty("purposes").EnumerateArray().ToList();

        Assert.Equal(s_purposes, purposes.Select(purpose => purpose.GetProperty("id").GetString()));
        Assert.All(purposes.Select((purpose, index) => (purpose, index)), item =>
            Assert.EndsWith($"(2.2.{item.index + 1})", item.purpose.GetProperty("title").GetString()));
    }

    [Fact]
    public void ForbidsCrossBorderTransferFromRussia()
    {
        using var policy = factory.Policy();
        var root = policy.RootElement;

        Assert.Equal("ALLIO LLC", root.GetProperty("controller").GetString());
        Assert.Equal("RU", root.GetProperty("jurisdiction").GetString());
        Assert.Equal("forbidden", root.GetProperty("crossBorderTransfers").GetString());
        Assert.All(root.GetProperty("recipients").EnumerateArray().Concat(root.GetProperty("stores").EnumerateArray()),
            place => Assert.Equal("RU", place.GetProperty("country").GetString()));
    }

    [Fact]
    public void DeclaresTheSubjectsRecipientsAndStore()
    {
        using var policy = factory.Policy();
        var root = policy.RootElement;

        Assert.Equal(["visitor", "applicant", "client"], Ids(root, "subjects"));
        Assert.Equal(["rights-holder", "authorities"], Ids(root, "recipients"));
        Assert.Equal(["crm-db"], Ids(root, "stores"));
        var rightsHolder = root.GetProperty("recipients")[0];
        Assert.Equal("consent", rightsHolder.GetProperty("legalBasis").GetString());
        Assert.Equal(["LastName", "FirstName", "Company", "Email"], rightsHolder.GetProperty("kinds").EnumerateArray().Select(kind => kind.GetString()));
        Assert.Equal(["software-registration"], rightsHolder.GetProperty("purposes").EnumerateArray().Select(purpose => purpose.GetString()));
        Assert.Equal("law", root.GetProperty("recipients")[1].GetProperty("legalBasis").GetString());
    }

    [Fact]
    public void RecipientsNameDeclaredPurposesAndKnownKinds()
    {
        using var policy = factory.Policy();
        var root = policy.RootElement;
        var purposes = Ids(root, "purposes").ToHashSet();
        var kinds = Enum.GetNames<PiiKind>().ToHashSet<string?>();

        Assert.All(root.GetProperty("recipients").EnumerateArray(), recipient =>
        {
            Assert.Subset(purposes, recipient.GetProperty("purposes").EnumerateArray().Select(purpose => purpose.GetString()).ToHashSet());
            Assert.Subset(kinds, recipient.GetProperty("kinds").EnumerateArray().Select(kind => kind.GetString()).ToHashSet());
        });
    }

    internal static IEnumerable<string?> Ids(JsonElement root, string section) =>
        root.GetProperty(section).EnumerateArray().Select(entry => entry.GetProperty("id").GetString());
}
