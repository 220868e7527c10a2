namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>Data and recipients the transfer tests send between; fakes of SaaS SDKs live under their real namespaces.</summary>
internal static class TransferModel
{
    private const string Source = """

        namespace Model
        {
            using Allio.PiiGuard;

            public class User
            {
                public int Id { get; set; }

                [Pii(Kind = PiiKind.Email, Purposes = ["marketing", "identification"])]
                public string Email { get; set; } = "";

                [Pii(Kind = PiiKind.Phone, Purposes = ["marketing"])]
                public string Phone { get; set; } = "";

                [Pii(Kind = PiiKind.LastName, Purposes = ["identification"])]
                public string LastName { get; set; } = "";
            }

            public class Contact
            {
                [Pii(Kind = PiiKind.Email, Purposes = ["identification"])]
                public string Email { get; set; } = "";

                [Pii(Kind = PiiKind.LastName, Purposes = ["identification"])]
                public string LastName { get; set; } = "";
            }

            [PiiRecipient("us-analytics")]
            public class AnalyticsClient
            {
                public void Track(string userId, object properties) { }
                public void Identify(string email) => Track(email, email);
            }

            public class Outbox
            {
                [PiiRecipient("rights-holder")]
                public void ToRightsHolder(object payload) { }

                [PiiRecipient("kz-partner")]
                public void ToKazakhPartner(object payload) { }

                [PiiRecipient("de-mailer")]
                public void ToMailer(string email) { }

                public void Send([PiiRecipient("us-analytics")] string value, string note) { }

                [PiiRecipient("crm-partner")]
                public void ToUnknownPartner(object payload) { }
            }

            public static class Hashing
            {
                [PiiSanitizer]
                public static string Hash(string value) => value.Length.ToString();
            }
        }

        namespace Segment
        {
            public class Analytics
            {
                public void Identify(string userId, System.Collections.Generic.IDictionary<string, object> traits) { }
                public void Track(string userId, string @event) { }
            }
        }
        """;

    public static string With(string source) => "using System;\nusing System.Net.Http;\nusing System.Net.Http.Json;\nusing Allio.PiiGuard;\nusing Model;\n" + source + Source;
}
