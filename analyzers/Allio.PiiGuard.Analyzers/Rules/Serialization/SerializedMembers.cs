using System.Collections.Concurrent;
using Allio.PiiGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Rules.Serialization;

/// <summary>
/// What a serializer writes of a type: its public readable members and their member graph, minus members every
/// common serializer skips (<c>[JsonIgnore]</c> of System.Text.Json and Newtonsoft, <c>[IgnoreDataMember]</c>,
/// <c>[XmlIgnore]</c>, <c>[NonSerialized]</c>). Finds the first personal member written, a few levels deep.
/// </summary>
/// <remarks>Unlike a destructuring logger, a serializer ignores Destructurama's <c>[NotLogged]</c> and <c>[LogMasked]</c>.</remarks>
internal sealed class SerializedMembers(PiiFlow flow)
{
    private readonly ConcurrentDictionary<ITypeSymbol, SerializedPii?> _cache = new(SymbolEqualityComparer.Default);

    /// <summary>The first personal member a serializer writes for a value of <paramref name="type"/>, or null.</summary>
    public SerializedPii? Find(ITypeSymbol? type) =>
        type is null ? null : _cache.TryGetValue(type, out var known) ? known : _cache.GetOrAdd(type, Search);

    private SerializedPii? Search(ITypeSymbol type) =>
        WholeObject.FindRead(flow, type, WholeObject.SkippedBySerializers) is { } found ? new SerializedPii(found.Member, found.Pii) : null;
}
