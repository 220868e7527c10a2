namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Valid policy files built on the seed policy, with the knobs the policy rules turn.</summary>
internal static class TestPolicies
{
    /// <summary>The seed's policy: Russian jurisdiction, no cross-border transfers, every store in Russia.</summary>
    public static string Seed { get; } = Create();

    /// <summary>A valid policy; <paramref name="crmCountry"/> is where store <c>crm-db</c> lies.</summary>
    public static string Create(string jurisdiction = "RU", string crmCountry = "RU") => $$"""
        {
          "controller": "ALLIO LLC",
          "jurisdiction": "{{jurisdiction}}",
          "crossBorderTransfers": "forbidden",
          "adequateCountries": ["BY", "KZ"],
          "purposes": [
            { "id": "identification", "title": "Identify the party of a service (2.2.1)" },
            { "id": "marketing", "title": "Send news and offers (2.2.4)" },
            { "id": "recruiting", "title": "Consider a job application (2.2.12)" }
          ],
          "subjects": [
            { "id": "visitor", "title": "Website visitor (1.1.1)" },
            { "id": "applicant", "title": "Job applicant (1.1.2)" }
          ],
          "recipients": [
            { "id": "rights-holder", "country": "RU", "legalBasis": "consent",
              "kinds": ["LastName", "FirstName", "Company", "Email"], "purposes": ["identification"] }
          ],
          "stores": [
            { "id": "crm-db", "country": "{{crmCountry}}" },
            { "id": "eu-archive", "country": "DE" }
          ]
        }
        """;
}
