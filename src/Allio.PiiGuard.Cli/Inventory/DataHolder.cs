using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>One field or property that holds personal data, as <c>PiiModel</c> reads its marks.</summary>
/// <param name="Kind">The <c>PiiKind</c> name, or the category word when no kind is stated.</param>
/// <param name="Category">Personal, Sensitive or Biometric.</param>
/// <param name="Holder">Where it lives: <c>Namespace.Type.Member</c>.</param>
/// <param name="Purposes">Purpose ids the mark declares.</param>
/// <param name="Subjects">Data-subject ids the mark declares.</param>
/// <param name="Retention">Retention as written, or null.</param>
/// <param name="Location">Repository-relative <c>path:line</c> of the declaration.</param>
public sealed record DataHolder(
    string Kind,
    string Category,
    string Holder,
    ImmutableArray<string> Purposes,
    ImmutableArray<string> Subjects,
    string? Retention,
    string Location);
