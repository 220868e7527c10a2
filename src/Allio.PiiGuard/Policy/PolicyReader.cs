using System;
using System.Collections.Generic;
using Allio.PiiGuard.Policy.Json;

namespace Allio.PiiGuard.Policy;

/// <summary>
/// Turns the JSON tree of <c>piiguard.json</c> into a <see cref="PiiPolicy"/>, reporting every problem
/// it meets. A value with a problem is kept as written where the model can hold it, so that lookups and
/// messages still name it; an entry without a usable id is left out, since nothing can refer to it.
/// </summary>
internal sealed class PolicyReader
{
    private static readonly char[] NotInHost = { '/', ':', '*', '?', '#', '@', ' ', '\t' };

    private readonly List<PolicyProblem> _problems;

    public PolicyReader(List<PolicyProblem> problems) => _problems = problems;

    public PiiPolicy Read(JsonObject root)
    {
        var policy = PolicyObjectReader.Open(root, PolicyKeys.Root, "the policy", _problems);

        // Only editors read "$schema"; it is type-checked like any other key.
        policy.GetString(PolicyKeys.Schema, required: false);
        var controller = policy.GetString(PolicyKeys.Controller, required: false)?.Value;
        var jurisdictionCode = policy.GetString(PolicyKeys.Jurisdiction, required: true);
        var jurisdiction = jurisdictionCode is null ? null : ReadCountry(jurisdictionCode);
        var transfers = ReadWord(policy.GetString(PolicyKeys.CrossBorderTransfers, required: false),
            PolicyKeys.CrossBorderTransfers, PolicyWords.Transfers, CrossBorderTransferMode.Forbidden);
        var adequateCountries = new List<string>();
        foreach (var country in policy.GetStrings(PolicyKeys.AdequateCountries, required: false))
        {
            adequateCountries.Add(ReadCountry(country));
        }

        var purposes = ReadEntries(policy, PolicyKeys.Purposes, "purpose", PolicyKeys.Purpose, ReadPurpose);
        var subjects = ReadEntries(policy, PolicyKeys.Subjects, "subject", PolicyKeys.Subject, ReadSubject);
        var purposeIds = new List<string>();
        foreach (var purpose in purposes)
        {
            purposeIds.Add(purpose.Id);
        }

        var recipients = ReadEntries(policy, PolicyKeys.Recipients, "recipient", PolicyKeys.Recipient,
            (entry, id) => ReadRecipient(entry, id, purposeIds));
        var stores = ReadEntries(policy, PolicyKeys.Stores, "store", PolicyKeys.Store, ReadStore);

        return new PiiPolicy(controller, jurisdiction, transfers, adequateCountries, purposes, subjects, recipients, stores);
    }

    private List<T> ReadEntries<T>(
        PolicyObjectReader policy, string key, string what, string[] keys, Func<PolicyObjectReader, string, T> read)
    {
        var entries = new List<T>();
        var firstUse = new Dictionary<string, JsonSpan>(StringComparer.Ordinal);
        foreach (var item in policy.GetObjects(key))
        {
            var entry = PolicyObjectReader.Open(item, keys, "a " + what, _problems);
            var id = ReadId(entry);

            // The rest is read even without an id, so that all of its problems are reported at once.
            var value = read(entry, id?.Value ?? string.Empty);
            if (id is null)
            {
                continue;
            }

            if (firstUse.TryGetValue(id.Value, out var first))
            {
                _problems.Add(PolicyProblem.At(id.Span, PolicyProblemCodes.DuplicateId,
                    $"The {what} id '{id.Value}' is already used at line {first.Line}, column {first.Column}; ids must be unique."));
                continue;
            }

            firstUse.Add(id.Value, id.Span);
            entries.Add(value);
        }

        return entries;
    }

    private JsonString? ReadId(PolicyObjectReader entry)
    {
        var id = entry.GetString(PolicyKeys.Id, required: true);
        if (id is null)
        {
            return null;
        }

        if (id.Value.Length == 0 || HasWhitespace(id.Value))
        {
            _problems.Add(PolicyProblem.At(id.Span, PolicyProblemCodes.InvalidId,
                $"The id '{id.Value}' must be a non-empty word without spaces, such as 'service-desk'."));
            return null;
        }

        return id;
    }

    private PolicyPurpose ReadPurpose(PolicyObjectReader entry, string id) =>
        new(id,
            entry.GetString(PolicyKeys.Title, required: true)?.Value ?? id,
            entry.GetString(PolicyKeys.Description, required: false)?.Value,
            entry.GetBoolean(PolicyKeys.SubjectAccess));

    private PolicySubject ReadSubject(PolicyObjectReader entry, string id) =>
        new(id, entry.GetString(PolicyKeys.Title, required: true)?.Value ?? id);

    private PolicyRecipient ReadRecipient(PolicyObjectReader entry, string id, IReadOnlyList<string> purposeIds)
    {
        var title = entry.GetString(PolicyKeys.Title, required: false)?.Value;
        var country = ReadRequiredCountry(entry);
        var legalBasis = ReadWord(entry.GetString(PolicyKeys.LegalBasis, required: true),
            PolicyKeys.LegalBasis, PolicyWords.LegalBases, LegalBasis.Unknown);

        var kinds = new List<string>();
        foreach (var kind in entry.GetStrings(PolicyKeys.Kinds, required: true))
        {
            if (!PiiKindNames.IsKnown(kind.Value))
            {
                _problems.Add(PolicyProblem.At(kind.Span, PolicyProblemCodes.UnknownKind,
                    $"'{kind.Value}' is not a PiiKind.{Suggestions.DidYouMean(Suggestions.Closest(kind.Value, PiiKindNames.All))}"));
            }

            kinds.Add(kind.Value);
        }

        var purposes = new List<string>();
        foreach (var purpose in entry.GetStrings(PolicyKeys.Purposes, required: true))
        {
            if (!Contains(purposeIds, purpose.Value))
            {
                _problems.Add(PolicyProblem.At(purpose.Span, PolicyProblemCodes.UndeclaredPurpose,
                    $"The purpose '{purpose.Value}' is not declared in 'purposes'.{Suggestions.DidYouMean(Suggestions.Closest(purpose.Value, purposeIds))}"));
            }

            purposes.Add(purpose.Value);
        }

        var hosts = new List<string>();
        foreach (var host in entry.GetStrings(PolicyKeys.Hosts, required: false))
        {
            CheckHost(host);
            hosts.Add(host.Value);
        }

        return new PolicyRecipient(id, title, country, legalBasis, kinds, purposes, hosts);
    }

    private PolicyStore ReadStore(PolicyObjectReader entry, string id) =>
        new(id,
            entry.GetString(PolicyKeys.Title, required: false)?.Value,
            ReadRequiredCountry(entry),
            entry.GetString(PolicyKeys.Kind, required: false)?.Value);

    /// <summary>The entry's country; empty when missing, which no jurisdiction equals, so it counts as foreign.</summary>
    private string ReadRequiredCountry(PolicyObjectReader entry)
    {
        var country = entry.GetString(PolicyKeys.Country, required: true);
        return country is null ? string.Empty : ReadCountry(country);
    }

    private string ReadCountry(JsonString country)
    {
        if (!CountryCodes.IsAssigned(country.Value))
        {
            _problems.Add(PolicyProblem.At(country.Span, PolicyProblemCodes.UnknownCountry,
                $"'{country.Value}' is not an ISO 3166-1 alpha-2 country code.{Suggestions.DidYouMean(CountryCodes.Suggest(country.Value))}"));
        }

        return country.Value;
    }

    private T ReadWord<T>(JsonString? word, string key, KeyValuePair<string, T>[] words, T fallback)
    {
        if (word is null)
        {
            return fallback;
        }

        var allowed = new List<string>();
        foreach (var pair in words)
        {
            if (string.Equals(pair.Key, word.Value, StringComparison.Ordinal))
            {
                return pair.Value;
            }

            allowed.Add(pair.Key);
        }

        _problems.Add(PolicyProblem.At(word.Span, PolicyProblemCodes.InvalidValue,
            $"'{word.Value}' is not a valid '{key}'; use {string.Join(" or ", allowed)}.{Suggestions.DidYouMean(Suggestions.Closest(word.Value, allowed))}"));
        return fallback;
    }

    /// <summary>Hosts are matched against request URLs, so a scheme, path or port would never match.</summary>
    private void CheckHost(JsonString host)
    {
        var value = host.Value;
        var name = value.StartsWith("*.", StringComparison.Ordinal) ? value.Substring(2) : value;
        if (name.Length > 0 && name.IndexOfAny(NotInHost) < 0)
        {
            return;
        }

        var suggestion = Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;
        _problems.Add(PolicyProblem.At(host.Span, PolicyProblemCodes.InvalidValue,
            $"'{value}' is not a host; write the host name alone, such as 'api.example.com' or '*.example.com'.{Suggestions.DidYouMean(suggestion)}"));
    }

    private static bool HasWhitespace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

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
