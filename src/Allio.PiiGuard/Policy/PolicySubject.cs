namespace Allio.PiiGuard.Policy;

/// <summary>A category of data subjects (the seed's §1.1: site visitors, job applicants).</summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
sealed class PolicySubject
{
    /// <summary>Creates a subject category.</summary>
    public PolicySubject(string id, string title)
    {
        Id = id;
        Title = title;
    }

    /// <summary>The id that <c>[Pii(Subjects = …)]</c> refers to.</summary>
    public string Id { get; }

    /// <summary>A human-readable name for reports.</summary>
    public string Title { get; }
}
