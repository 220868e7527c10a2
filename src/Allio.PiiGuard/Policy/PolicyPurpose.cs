namespace Allio.PiiGuard.Policy;

/// <summary>A purpose of processing (the seed's §2.2); personal data may be used only for its declared purposes.</summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
sealed class PolicyPurpose
{
    /// <summary>Creates a purpose.</summary>
    public PolicyPurpose(string id, string title, string? description, bool subjectAccess)
    {
        Id = id;
        Title = title;
        Description = description;
        SubjectAccess = subjectAccess;
    }

    /// <summary>The id that <c>[ProcessingPurpose]</c> and <c>[Pii(Purposes = …)]</c> refer to.</summary>
    public string Id { get; }

    /// <summary>A human-readable name for reports.</summary>
    public string Title { get; }

    /// <summary>A longer explanation, or null.</summary>
    public string? Description { get; }

    /// <summary>
    /// True when the purpose serves data subjects their own data (an access request, a profile page):
    /// handing personal data out is then the point, not a leak.
    /// </summary>
    public bool SubjectAccess { get; }
}
