using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Inventory;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Cli.Tests.Inventory;

/// <summary>A CRM-like inventory and policy: visitors and applicants, a Russian store, a domestic and a US recipient.</summary>
public static class SampleRecords
{
    /// <summary>Read with the analyzers' own loader, as the CLI reads a project's policy.</summary>
    public const string PolicyJson = """
        {
          "controller": "ALLIO LLC",
          "jurisdiction": "RU",
          "crossBorderTransfers": "forbidden",
          "adequateCountries": ["BY", "KZ"],
          "purposes": [
            { "id": "identification", "title": "Identify the party of a service (2.2.1)" },
            { "id": "hiring", "title": "Consider a job application (2.2.7)" }
          ],
          "subjects": [
            { "id": "visitor", "title": "Website visitor (1.1.1)" },
            { "id": "applicant", "title": "Job applicant (1.1.2)" }
          ],
          "recipients": [
            { "id": "rights-holder", "title": "Software rights holder", "country": "RU", "legalBasis": "consent", "kinds": ["LastName", "Email"], "purposes": ["identification"] },
            { "id": "analytics-us", "title": "US analytics <Inc>", "country": "US", "legalBasis": "consent", "kinds": [], "purposes": [] }
          ],
          "stores": [ { "id": "crm-db", "title": "CRM database", "country": "RU" } ]
        }
        """;

    public static readonly CodeInventory Code = new(
        [
            new DataHolder("Email", "Personal", "Crm.Visitor.Email", ["identification"], ["visitor"], "P3Y", "src/Visitor.cs:7"),
            new DataHolder("LastName", "Personal", "Crm.Visitor.LastName", ["identification"], ["visitor"], null, "src/Visitor.cs:9"),
            new DataHolder("Health", "Sensitive", "Crm.Applicant.Disability", ["hiring"], ["applicant"], "P1Y", "src/Applicant.cs:12"),
            new DataHolder("Phone", "Personal", "Crm.Lead.Phone", [], [], null, "src/Lead.cs:5"),
            // The same kind kept for another period elsewhere: a retention conflict.
            new DataHolder("Email", "Personal", "Crm.Applicant.Email", ["hiring"], ["applicant"], "P1Y", "src/Applicant.cs:8"),
        ],
        [
            new CodeUsage("rights-holder", "Crm.Registration.Send(Crm.Visitor)", "src/Registration.cs:20", ["Email", "LastName"]),
            new CodeUsage("analytics-us", "Crm.Analytics.Track(Crm.Visitor)", "src/Analytics.cs:11", ["Email"]),
        ],
        [new CodeUsage("crm-db", "Crm.CrmDbContext", "src/CrmDbContext.cs:8", ["Email", "Health", "LastName"])],
        []);

    public static ProcessingRecord Crm(ImmutableArray<RuleInfo> rules) =>
        ProcessingRecordBuilder.Build(Code, new PolicySource("piiguard.json", []) { Policy = PiiPolicyLoader.Load(PolicyJson).Policy }, rules);
}
