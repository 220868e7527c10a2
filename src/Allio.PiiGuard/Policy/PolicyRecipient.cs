using System;
using System.Collections.Generic;

namespace Allio.PiiGuard.Policy;

/// <summary>A third party that receives personal data (the seed's §3.2), with what it may receive and why.</summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
sealed class PolicyRecipient
{
    /// <summary>Creates a recipient.</summary>
    public PolicyRecipient(
        string id,
        string? title,
        string country,
        LegalBasis legalBasis,
        IReadOnlyList<string> kinds,
        IReadOnlyList<string> purposes,
        IReadOnlyList<string> hosts)
    {
        Id = id;
        Title = title;
        Country = country;
        LegalBasis = legalBasis;
        Kinds = kinds;
        Purposes = purposes;
        Hosts = hosts;
    }

    /// <summary>The id that <c>[PiiRecipient]</c> refers to.</summary>
    public string Id { get; }

    /// <summary>A human-readable name for reports, or null.</summary>
    public string? Title { get; }

    /// <summary>ISO 3166-1 alpha-2 code of the country where the recipient processes the data.</summary>
    public string Country { get; }

    /// <summary>Why the recipient may receive the data.</summary>
    public LegalBasis LegalBasis { get; }

    /// <summary>Names of the <c>PiiKind</c> members the recipient may receive.</summary>
    public IReadOnlyList<string> Kinds { get; }

    /// <summary>Ids of the purposes for which the recipient may receive data.</summary>
    public IReadOnlyList<string> Purposes { get; }

    /// <summary>
    /// URL hosts of the recipient (<c>api.example.com</c>, or <c>*.example.com</c> for every subdomain),
    /// so that an <c>HttpClient</c> call to one of them counts as a transfer to this recipient.
    /// </summary>
    public IReadOnlyList<string> Hosts { get; }

    /// <summary>
    /// True when the recipient may receive data of the kind named <paramref name="kind"/>. A full name is its parts:
    /// a recipient that may receive first and last names may receive the full name, and one that may receive the full
    /// name may receive each part.
    /// </summary>
    public bool AllowsKind(string kind) =>
        Contains(Kinds, kind)
        || (kind == FullName ? Contains(Kinds, FirstName) && Contains(Kinds, LastName) : IsNamePart(kind) && Contains(Kinds, FullName));

    /// <summary>True when the recipient may receive data for the purpose <paramref name="purposeId"/>.</summary>
    public bool AllowsPurpose(string purposeId) => Contains(Purposes, purposeId);

    /// <summary>True when <paramref name="host"/> is one of <see cref="Hosts"/>, or a subdomain of a <c>*.</c> host.</summary>
    public bool MatchesHost(string host)
    {
        foreach (var declared in Hosts)
        {
            if (declared.StartsWith("*.", StringComparison.Ordinal)
                ? host.EndsWith(declared.Substring(1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(declared, host, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private const string FullName = "FullName";
    private const string FirstName = "FirstName";
    private const string LastName = "LastName";

    private static bool IsNamePart(string kind) => kind is FirstName or LastName or "MiddleName";

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
