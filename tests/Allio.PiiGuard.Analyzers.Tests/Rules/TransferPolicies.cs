namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Policies for the transfer rules: the same code is checked under each, and the diagnostics follow the policy.</summary>
internal static class TransferPolicies
{
    public const string RightsHolder = """
        { "id": "rights-holder", "country": "RU", "legalBasis": "consent",
          "kinds": ["LastName", "FirstName", "Company", "Email"], "purposes": ["identification"] }
        """;

    public const string KzPartner = """
        { "id": "kz-partner", "country": "KZ", "legalBasis": "contract", "kinds": ["Email"], "purposes": ["marketing"] }
        """;

    public const string DeMailer = """
        { "id": "de-mailer", "country": "DE", "legalBasis": "consent", "kinds": ["Email"], "purposes": ["marketing"] }
        """;

    /// <summary>The seed: Russian jurisdiction, cross-border transfers forbidden, one domestic recipient and three foreign ones.</summary>
    public static string Seed { get; } = Create();

    /// <summary>A valid policy; <paramref name="usAnalytics"/> is the JSON of recipient <c>us-analytics</c> (US, contract).</summary>
    public static string Create(
        string jurisdiction = "RU",
        string transfers = "forbidden",
        string adequate = "\"BY\", \"KZ\"",
        string legalBasis = "contract",
        string kinds = "\"Email\", \"LastName\"",
        string purposes = "\"marketing\"",
        string extraRecipients = "") => $$"""
        {
          "controller": "ALLIO LLC",
          "jurisdiction": "{{jurisdiction}}",
          "crossBorderTransfers": "{{transfers}}",
          "adequateCountries": [{{adequate}}],
          "purposes": [
            { "id": "identification", "title": "Identify the party of a service (2.2.1)" },
            { "id": "marketing", "title": "Send news and offers" },
            { "id": "recruiting", "title": "Consider a job application (2.2.11)" }
          ],
          "subjects": [ { "id": "visitor", "title": "Website visitor (1.1.1)" } ],
          "recipients": [
            {{RightsHolder}},
            { "id": "us-analytics", "country": "US", "legalBasis": "{{legalBasis}}", "kinds": [{{kinds}}],
              "purposes": [{{purposes}}], "hosts": ["api.analytics.example.com"] },
            {{KzPartner}},
            {{DeMailer}}{{extraRecipients}}
          ],
          "stores": [ { "id": "crm-db", "country": "RU" } ]
        }
        """;
}
