namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>Entity names of the generated business domains, so the source reads like a real line-of-business app.</summary>
internal static class DomainNames
{
    private static readonly string[] Nouns =
    [
        "Customer", "Applicant", "Visitor", "Employee", "Patient", "Partner", "Subscriber", "Member",
        "Guest", "Student", "Tenant", "Supplier", "Contact", "Donor", "Volunteer", "Driver",
    ];

    /// <summary>The entity name of domain <paramref name="index"/>: a noun and a number, unique per index.</summary>
    public static string Entity(int index) => Nouns[index % Nouns.Length] + (index / Nouns.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
