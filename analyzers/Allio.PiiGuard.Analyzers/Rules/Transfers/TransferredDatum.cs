using Allio.PiiGuard.Analyzers.Flow;
using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Rules.Transfers;

/// <summary>One personal member that a transfer sends, and where it enters the transferred value.</summary>
/// <param name="Hit">The engine's hit; for a whole object, with <see cref="TaintHit.Source"/> set to the member at hand.</param>
internal readonly record struct TransferredDatum(TaintHit Hit)
{
    public IOperation Witness => Hit.Witness;

    public ISymbol Member => Hit.Source;

    public PiiInfo Pii => Hit.Pii;

    public string Display => Hit.DisplaySource;

    /// <summary>The kind compared with a recipient's <c>kinds</c>: an unstated kind counts as <c>Other</c>.</summary>
    public string PolicyKind => Pii.Kind == PiiInfo.UnspecifiedKind ? "Other" : Pii.Kind;
}
