namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>The personal-data model the rule tests share, appended after each test's own code (usings first).</summary>
internal static class TestModel
{
    public const string Source = """

        public sealed class User
        {
            public int Id { get; set; }
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] public string Email { get; set; } = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] public string Phone { get; set; } = "";
            [Allio.PiiGuard.SensitivePii] public string Diagnosis { get; set; } = "";
            public string Login { get; set; } = "";
        }

        public sealed record Applicant([property: Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.LastName)] string LastName, int Id);
        """;

    public static string With(string source) => source + Source;
}
