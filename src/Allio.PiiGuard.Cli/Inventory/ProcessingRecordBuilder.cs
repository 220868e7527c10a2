using System.Collections.Immutable;
using Allio.PiiGuard.Cli.Findings;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>Joins what the code holds and sends with what the policy declares into a <see cref="ProcessingRecord"/>.</summary>
public static class ProcessingRecordBuilder
{
    /// <summary>The subject id used for personal data whose mark names no subject.</summary>
    public const string UnspecifiedSubject = "(unspecified)";

    private const string Unknown = "?";

    /// <summary>Builds the record; <paramref name="rules"/> are the rules this build can run, for the guard table.</summary>
    public static ProcessingRecord Build(CodeInventory code, PolicySource source, ImmutableArray<RuleInfo> rules)
    {
        var policy = source.Policy;
        var flows = Flows(code, policy);
        var subjects = Subjects(code, policy, flows);
        var retention = Retention(code);
        return new ProcessingRecord(
            source,
            subjects,
            flows,
            code.Holders,
            RuleGuards.For(rules),
            RegulatoryDrafts.Notification152Fz(policy, subjects, flows, code),
            RegulatoryDrafts.GdprArticle30(policy, subjects, flows, retention))
        {
            Retention = retention,
            Notification152FzRussian = RegulatoryDrafts.Notification152FzRussian(policy, subjects, flows, code, retention),
            Stores = Stores(code, policy),
        };
    }

    private static ImmutableArray<StoreRecord> Stores(CodeInventory code, PiiPolicy? policy) =>
    [
        .. code.Tables
            .GroupBy(table => table.StoreId, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var target = Target(policy, "store", group.Key);
                return new StoreRecord(group.Key, target.Title, target.Country, target.IsForeign, target.IsDeclared, [.. group]);
            }),
    ];

    private static ImmutableArray<RetentionRecord> Retention(CodeInventory code) =>
    [
        .. code.Holders
            .GroupBy(holder => holder.Kind, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new RetentionRecord(
                group.Key,
                [.. group.Select(holder => holder.Retention).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                [.. group.Select(holder => $"{holder.Holder}: {holder.Retention ?? "—"}").Distinct().Order(StringComparer.Ordinal)])),
    ];

    /// <summary>Country of a policy target, whether it is foreign, and whether the policy declares it.</summary>
    internal static (string Country, bool IsForeign, bool IsDeclared, string Title, string? LegalBasis) Target(
        PiiPolicy? policy, string target, string id)
    {
        var (country, title, basis) = target == "store"
            ? policy?.FindStore(id) is { } store ? (store.Country, store.Title ?? id, (string?)null) : (null, id, null)
            : policy?.FindRecipient(id) is { } recipient
                ? (recipient.Country, recipient.Title ?? id, PolicyWords.Of(recipient.LegalBasis))
                : (null, id, null);
        var foreign = country is not null && policy is not null && policy.IsForeign(country);
        return (country ?? Unknown, foreign, country is not null, title, basis);
    }

    private static ImmutableArray<DataFlow> Flows(CodeInventory code, PiiPolicy? policy)
    {
        var flows = new Dictionary<(string Kind, string Target, string Id), (SortedSet<string> Locations, bool DeclaredKind)>();
        void Add(string kind, string target, string id, string? location, bool declaredKind)
        {
            var key = (kind, target, id);
            if (!flows.TryGetValue(key, out var entry))
            {
                entry = (new SortedSet<string>(StringComparer.Ordinal), false);
            }

            if (location is { Length: > 0 })
            {
                entry.Locations.Add(location);
            }

            flows[key] = (entry.Locations, entry.DeclaredKind || declaredKind);
        }

        foreach (var usage in code.Recipients)
        {
            var declaredKinds = policy?.FindRecipient(usage.Id)?.Kinds ?? [];
            foreach (var kind in usage.Kinds)
            {
                Add(kind, "recipient", usage.Id, usage.Location, declaredKinds.Contains(kind));
            }
        }

        foreach (var usage in code.Stores)
        {
            foreach (var kind in usage.Kinds)
            {
                Add(kind, "store", usage.Id, usage.Location, declaredKind: true);
            }
        }

        foreach (var recipient in policy?.Recipients ?? [])
        {
            foreach (var kind in recipient.Kinds)
            {
                Add(kind, "recipient", recipient.Id, location: null, declaredKind: true);
            }
        }

        return
        [
            .. flows
                .Select(flow =>
                {
                    var target = Target(policy, flow.Key.Target, flow.Key.Id);
                    return new DataFlow(
                        flow.Key.Kind, flow.Key.Target, flow.Key.Id, target.Country, target.IsForeign,
                        target.IsDeclared && flow.Value.DeclaredKind, [.. flow.Value.Locations]);
                })
                .OrderBy(flow => flow.Kind, StringComparer.Ordinal)
                .ThenBy(flow => flow.Target, StringComparer.Ordinal)
                .ThenBy(flow => flow.TargetId, StringComparer.Ordinal),
        ];
    }

    private static ImmutableArray<SubjectRecord> Subjects(CodeInventory code, PiiPolicy? policy, ImmutableArray<DataFlow> flows)
    {
        IReadOnlyList<PolicySubject> declared = policy?.Subjects ?? [];
        var named = code.Holders.SelectMany(holder => holder.Subjects).Distinct().Order(StringComparer.Ordinal);
        var ids = declared.Select(subject => subject.Id)
            .Concat(named.Where(id => declared.All(subject => subject.Id != id)))
            .Concat(code.Holders.Any(holder => holder.Subjects.IsEmpty) ? [UnspecifiedSubject] : []);

        return [.. ids.Select(id => Subject(id, code, policy, flows))];
    }

    private static SubjectRecord Subject(string id, CodeInventory code, PiiPolicy? policy, ImmutableArray<DataFlow> flows)
    {
        var holders = code.Holders
            .Where(holder => id == UnspecifiedSubject ? holder.Subjects.IsEmpty : holder.Subjects.Contains(id))
            .ToArray();
        var kinds = holders
            .GroupBy(holder => (holder.Kind, holder.Category))
            .OrderBy(group => group.Key.Kind, StringComparer.Ordinal)
            .Select(group => new KindRecord(group.Key.Kind, group.Key.Category, [.. group.Select(holder => holder.Holder).Distinct().Order(StringComparer.Ordinal)]))
            .ToImmutableArray();
        var kindNames = kinds.Select(kind => kind.Kind).ToHashSet(StringComparer.Ordinal);
        var declared = policy?.FindSubject(id);

        return new SubjectRecord(
            id,
            declared?.Title ?? id,
            declared is not null,
            kinds,
            [.. holders.SelectMany(holder => holder.Purposes).Distinct().Order(StringComparer.Ordinal).Select(purpose => PurposeEntry(policy, purpose))],
            [.. holders.Where(holder => holder.Retention is not null).Select(holder => $"{holder.Kind}: {holder.Retention}").Distinct().Order(StringComparer.Ordinal)],
            Destinations(flows, policy, "recipient", kindNames),
            Destinations(flows, policy, "store", kindNames));
    }

    internal static PolicyEntry PurposeEntry(PiiPolicy? policy, string id) =>
        policy?.FindPurpose(id) is { } purpose ? new PolicyEntry(purpose.Id, purpose.Title) : new PolicyEntry(id, id);

    private static ImmutableArray<Destination> Destinations(ImmutableArray<DataFlow> flows, PiiPolicy? policy, string target, HashSet<string> kinds) =>
    [
        .. flows
            .Where(flow => flow.Target == target && kinds.Contains(flow.Kind))
            .GroupBy(flow => flow.TargetId, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var details = Target(policy, target, group.Key);
                return new Destination(group.Key, details.Title, details.Country, details.IsForeign, details.LegalBasis,
                    [.. group.Select(flow => flow.Kind).Distinct().Order(StringComparer.Ordinal)]);
            }),
    ];
}
