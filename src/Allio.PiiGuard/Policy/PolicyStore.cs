namespace Allio.PiiGuard.Policy;

/// <summary>A place where personal data is kept: a database, a file share, a cache (152-FZ art. 18 part 5, localization).</summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
sealed class PolicyStore
{
    /// <summary>Creates a store.</summary>
    public PolicyStore(string id, string? title, string country, string? kind)
    {
        Id = id;
        Title = title;
        Country = country;
        Kind = kind;
    }

    /// <summary>The id that <c>[PiiStore]</c> refers to.</summary>
    public string Id { get; }

    /// <summary>A human-readable name for reports, or null.</summary>
    public string? Title { get; }

    /// <summary>ISO 3166-1 alpha-2 code of the country where the data physically lies.</summary>
    public string Country { get; }

    /// <summary>What sort of store it is, in the author's words (database, cache, file-share…), or null.</summary>
    public string? Kind { get; }
}
