using System;
using System.Collections.Generic;

namespace Allio.PiiGuard.Policy;

/// <summary>
/// The names of the <c>PiiKind</c> members a policy may list. The analyzers cannot reference the enum,
/// so the names are written out; a test keeps them equal to the enum.
/// </summary>
internal static class PiiKindNames
{
    /// <summary>Every member except <c>Unspecified</c>, which names no data.</summary>
    public static readonly IReadOnlyList<string> All = new[]
    {
        "LastName", "FirstName", "MiddleName", "FullName", "Company", "BirthDate", "Phone", "Email",
        "PostalAddress", "FamilyStatus", "Children", "Education", "Certificates", "WorkHistory", "Skills",
        "Languages", "PersonalQualities", "City", "DesiredPosition", "WorkSchedule", "SalaryExpectation",
        "Hobbies", "GovernmentId", "FinancialAccount", "OnlineIdentifier", "Location", "Health", "Biometric",
        "Other",
    };

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string name) => Known.Contains(name);
}
