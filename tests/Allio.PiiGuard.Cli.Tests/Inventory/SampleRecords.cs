using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Cli.Inventory;

namespace Allio.PiiGuard.Cli.Tests.Inventory;

/// <summary>A CRM-like inventory and policy: visitors and applicants, a Russian store, a domestic and a US recipient.</summary>
public static class SampleRecords
{
    public static readonly PolicyView Policy = new(
        "ALLIO LLC",
        "RU",
        "forbidden",
        ["BY", "KZ"],
        [new PolicyEntry("identification", "Identify the party of a service (2.2.1)"), new PolicyEntry("hiring", "Consider a job application (2.2.7)")],
        [new PolicyEntry("visitor", "Website visitor (1.1.1)"), new PolicyEntry("applicant", "Job applicant (1.1.2)")],
        [
            new PolicyRecipientView("rights-holder", "Software rights holder", "RU", "consent", ["LastName", "Email"], ["identification"]),
            new PolicyRecipientView("analytics-us", "US analytics <Inc>", "US", "consent", [], []),
        ],
        [new PolicyStoreView("crm-db", "CRM database", "RU")]);

    public static readonly CodeInventory Code = new(
        [
            new DataHolder("Email", "Personal", "Crm.Visitor.Email", ["identification"], ["visitor"], "P3Y", "src/Visitor.cs:7"),
            new DataHolder("LastName", "Personal", "Crm.Visitor.LastName", ["identification"], ["visitor"], null, "src/Visitor.cs:9"),
            new DataHolder("Health", "Sensitive", "Crm.Applicant.Disability", ["hiring"], ["applicant"], "P1Y", "src/Applicant.cs:12"),
            new DataHolder("Phone", "Personal", "Crm.Lead.Phone", [], [], null, "src/Lead.cs:5"),
        ],
        [
            new CodeUsage("rights-holder", "Crm.Registration.Send(Crm.Visitor)", "src/Registration.cs:20", ["Email", "LastName"]),
            new CodeUsage("analytics-us", "Crm.Analytics.Track(Crm.Visitor)", "src/Analytics.cs:11", ["Email"]),
        ],
        [new CodeUsage("crm-db", "Crm.CrmDbContext", "src/CrmDbContext.cs:8", ["Email", "Health", "LastName"])],
        []);

    public static ProcessingRecord Crm(ImmutableArray<RuleInfo> rules) =>
        ProcessingRecordBuilder.Build(Code, new PolicySource("piiguard.json", Policy, []), rules);
}
