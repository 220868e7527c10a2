using System.Collections.Concurrent;
using Allio.PiiGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Rules.Serialization;

/// <summary>
/// What a serializer writes of a type: its public readable members and their member graph, minus members every
/// common serializer skips (<c>[JsonIgnore]</c> of System.Text.Json and Newtonsoft, <c>[IgnoreDataMember]</c>,
/// <c>[XmlIgnore]</c>, <c>[NonSerialized]</c>), and public fields for System.Text.Json unless it includes them (see
/// <see cref="MemberReader"/>), and the members a <c>[DataContract]</c> type leaves out for the serializers that honour it.
/// Finds the first personal member written, a few levels deep.
/// </summary>
/// <remarks>Unlike a destructuring logger, a serializer ignores Destructurama's <c>[NotLogged]</c> and <c>[LogMasked]</c>.</remarks>
internal sealed class SerializedMembers(PiiFlow flow)
{
    private readonly ConcurrentDictionary<ITypeSymbol, SerializedPii?>[] _caches = NewCaches();

    /// <summary>The first personal member <paramref name="reader"/> writes for a value of <paramref name="type"/>, or null.</summary>
    public SerializedPii? Find(ITypeSymbol? type, MemberReader reader)
    {
        var cache = _caches[reader.Index];
        return type is null ? null : cache.TryGetValue(type, out var known) ? known : cache.GetOrAdd(type, t => Search(t, reader));
    }

    private static ConcurrentDictionary<ITypeSymbol, SerializedPii?>[] NewCaches()
    {
        var caches = new ConcurrentDictionary<ITypeSymbol, SerializedPii?>[MemberReader.Count];
        for (var i = 0; i < caches.Length; i++)
        {
            caches[i] = new ConcurrentDictionary<ITypeSymbol, SerializedPii?>(SymbolEqualityComparer.Default);
        }

        return caches;
    }

    private SerializedPii? Search(ITypeSymbol type, MemberReader reader) =>
        WholeObject.FindRead(flow, type, reader) is { } found ? new SerializedPii(found.Member, found.Pii) : null;
}
