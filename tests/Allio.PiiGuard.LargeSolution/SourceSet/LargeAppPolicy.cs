namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>The <c>piiguard.json</c> of the generated application: every purpose, subject and recipient its code names.</summary>
public static class LargeAppPolicy
{
    public const string Json = """
        {
          "controller": "ALLIO LLC",
          "jurisdiction": "RU",
          "crossBorderTransfers": "forbidden",
          "purposes": [
            { "id": "identification", "title": "Identify the party of a service (2.2.1)" },
            { "id": "personalization", "title": "Personalised services (2.2.2)" },
            { "id": "software-registration", "title": "Register software with rights holders (2.2.5)" },
            { "id": "contract-performance", "title": "Perform contracts (2.2.7)" },
            { "id": "user-inquiries", "title": "Handle questions (2.2.8)" },
            { "id": "legal-obligations", "title": "Duties the law puts on the controller (2.2.12)" }
          ],
          "subjects": [ { "id": "visitor", "title": "Website visitor (1.1.1)" } ],
          "recipients": [
            { "id": "rights-holder", "country": "RU", "legalBasis": "consent",
              "kinds": ["LastName", "FirstName", "Company", "Email"], "purposes": ["software-registration"] }
          ],
          "stores": [ { "id": "crm-db", "country": "RU" } ]
        }
        """;
}
