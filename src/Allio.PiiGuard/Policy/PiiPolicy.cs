using System;
using System.Collections.Generic;

namespace Allio.PiiGuard.Policy;

/// <summary>
/// The machine-readable privacy policy of a project (<c>piiguard.json</c>): who controls the data,
/// where, for which purposes, about whom, to whom it goes and where it is kept. Load it with
/// <see cref="PiiPolicyLoader"/>.
/// </summary>
/// <remarks>Ids are compared ordinally, country codes and hosts ignoring case.</remarks>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
sealed class PiiPolicy
{
    private readonly Dictionary<string, PolicyPurpose> _purposes;
    private readonly Dictionary<string, PolicySubject> _subjects;
    private readonly Dictionary<string, PolicyRecipient> _recipients;
    private readonly Dictionary<string, PolicyStore> _stores;

    /// <summary>Creates a policy. When ids repeat, lookups find the first entry.</summary>
    public PiiPolicy(
        string? controller,
        string? jurisdiction,
        CrossBorderTransferMode crossBorderTransfers,
        IReadOnlyList<string> adequateCountries,
        IReadOnlyList<PolicyPurpose> purposes,
        IReadOnlyList<PolicySubject> subjects,
        IReadOnlyList<PolicyRecipient> recipients,
        IReadOnlyList<PolicyStore> stores)
    {
        Controller = controller;
        Jurisdiction = jurisdiction;
        CrossBorderTransfers = crossBorderTransfers;
        AdequateCountries = adequateCountries;
        Purposes = purposes;
        Subjects = subjects;
        Recipients = recipients;
        Stores = stores;
        _purposes = IndexById(purposes, p => p.Id);
        _subjects = IndexById(subjects, s => s.Id);
        _recipients = IndexById(recipients, r => r.Id);
        _stores = IndexById(stores, s => s.Id);
    }

    /// <summary>The organisation responsible for the processing (the operator in 152-FZ terms), or null.</summary>
    public string? Controller { get; }

    /// <summary>ISO 3166-1 alpha-2 code of the country whose law governs the processing, or null when not stated.</summary>
    public string? Jurisdiction { get; }

    /// <summary>Whether personal data may leave <see cref="Jurisdiction"/>.</summary>
    public CrossBorderTransferMode CrossBorderTransfers { get; }

    /// <summary>Countries whose protection the policy accepts as adequate for transfers.</summary>
    public IReadOnlyList<string> AdequateCountries { get; }

    /// <summary>The purposes of processing, in file order.</summary>
    public IReadOnlyList<PolicyPurpose> Purposes { get; }

    /// <summary>The categories of data subjects, in file order.</summary>
    public IReadOnlyList<PolicySubject> Subjects { get; }

    /// <summary>The recipients of personal data, in file order.</summary>
    public IReadOnlyList<PolicyRecipient> Recipients { get; }

    /// <summary>The stores of personal data, in file order.</summary>
    public IReadOnlyList<PolicyStore> Stores { get; }

    /// <summary>The purpose with id <paramref name="id"/>, or null.</summary>
    public PolicyPurpose? FindPurpose(string id) => Find(_purposes, id);

    /// <summary>The subject category with id <paramref name="id"/>, or null.</summary>
    public PolicySubject? FindSubject(string id) => Find(_subjects, id);

    /// <summary>The recipient with id <paramref name="id"/>, or null.</summary>
    public PolicyRecipient? FindRecipient(string id) => Find(_recipients, id);

    /// <summary>The store with id <paramref name="id"/>, or null.</summary>
    public PolicyStore? FindStore(string id) => Find(_stores, id);

    /// <summary>The first recipient that declares URL host <paramref name="host"/>, or null.</summary>
    public PolicyRecipient? FindRecipientByHost(string host)
    {
        foreach (var recipient in Recipients)
        {
            if (recipient.MatchesHost(host))
            {
                return recipient;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="country"/> lies outside <see cref="Jurisdiction"/>. Without a jurisdiction
    /// nothing is foreign: the missing key is reported once instead of on every transfer.
    /// </summary>
    public bool IsForeign(string country) =>
        Jurisdiction is not null && !string.Equals(country, Jurisdiction, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="country"/> is one of <see cref="AdequateCountries"/>.</summary>
    public bool IsAdequate(string country)
    {
        foreach (var adequate in AdequateCountries)
        {
            if (string.Equals(adequate, country, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the policy lets personal data go to <paramref name="recipient"/> as far as borders are
    /// concerned: the recipient is domestic, or transfers are <see cref="CrossBorderTransferMode.Declared"/>
    /// and its country is adequate or its legal basis is consent.
    /// </summary>
    public bool IsTransferAllowed(PolicyRecipient recipient) =>
        !IsForeign(recipient.Country)
        || (CrossBorderTransfers == CrossBorderTransferMode.Declared
            && (IsAdequate(recipient.Country) || recipient.LegalBasis == LegalBasis.Consent));

    private static T? Find<T>(Dictionary<string, T> index, string id)
        where T : class =>
        index.TryGetValue(id, out var value) ? value : null;

    private static Dictionary<string, T> IndexById<T>(IReadOnlyList<T> entries, Func<T, string> id)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!index.ContainsKey(id(entry)))
            {
                index.Add(id(entry), entry);
            }
        }

        return index;
    }
}
