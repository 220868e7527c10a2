namespace Allio.PiiGuard.Tests.Policy;

/// <summary>The policy of the seed privacy policy (152-FZ), as a project would write it.</summary>
internal static class SeedPolicy
{
    public const string Text = """
        {
          "$schema": "./piiguard.schema.json",
          "controller": "ALLIO LLC",
          "jurisdiction": "RU",
          "crossBorderTransfers": "forbidden",
          "adequateCountries": ["BY", "KZ"],
          "purposes": [
            { "id": "identification", "title": "Identify the party of a service (2.2.1)" },
            { "id": "personalization", "title": "Personalised services (2.2.2)",
              "description": "Shows users their own profile and settings.", "subjectAccess": true },
            { "id": "service-improvement", "title": "Improve services and develop new ones (2.2.3)" },
            { "id": "statistics", "title": "Statistics on anonymised data (2.2.4)" },
            { "id": "software-registration", "title": "Register software in the user's name (2.2.5)" },
            { "id": "website-functionality", "title": "Safe and convenient website (2.2.6)" },
            { "id": "contract-performance", "title": "Perform orders and contracts (2.2.7)" },
            { "id": "user-inquiries", "title": "Answer website users' questions (2.2.8)" },
            { "id": "event-registration", "title": "Register users for events (2.2.9)" },
            { "id": "service-desk", "title": "Register clients in the service desk (2.2.10)" },
            { "id": "recruitment", "title": "Collect CVs and select candidates (2.2.11)" },
            { "id": "legal-obligations", "title": "Duties the law of the Russian Federation imposes (2.2.12)" }
          ],
          "subjects": [
            { "id": "visitor", "title": "Website visitor (1.1.1)" },
            { "id": "applicant", "title": "Job applicant (1.1.2)" },
            { "id": "client", "title": "Client or partner in the service desk (2.2.10)" }
          ],
          "recipients": [
            {
              "id": "rights-holder",
              "title": "Software rights holder, distributor or reseller (2.2.5, 3.2.1)",
              "country": "RU",
              "legalBasis": "consent",
              "kinds": ["LastName", "FirstName", "Company", "Email"],
              "purposes": ["software-registration"],
              "hosts": ["licensing.rights-holder.example", "*.activation.example"]
            }
          ],
          "stores": [
            { "id": "crm-db", "title": "CRM database", "country": "RU", "kind": "database" },
            { "id": "hr-files", "country": "RU" }
          ]
        }
        """;
}
