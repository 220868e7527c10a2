using System.Collections.Immutable;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>The answer of the flow engine for one value: every way personal data reaches it (empty when clean).</summary>
internal readonly struct Taint
{
    public Taint(ImmutableArray<TaintHit> hits) => Hits = hits.IsDefault ? ImmutableArray<TaintHit>.Empty : hits;

    public static Taint Clean => new(ImmutableArray<TaintHit>.Empty);

    /// <summary>Distinct (witness, source) pairs, in the order the engine met them.</summary>
    public ImmutableArray<TaintHit> Hits { get; }
}
