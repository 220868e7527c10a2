using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Inventory;

/// <summary>
/// A place in code that names a policy entry: <c>[PiiRecipient("id")]</c>, <c>[PiiStore("id")]</c> or
/// <c>[ProcessingPurpose("id")]</c>, with the personal data that reaches it through its signature.
/// </summary>
/// <param name="Id">The policy id named by the attribute.</param>
/// <param name="Symbol">The marked type, method or parameter.</param>
/// <param name="Location">Repository-relative <c>path:line</c>.</param>
/// <param name="Kinds">Kinds of personal data in the marked symbol's parameters, properties or their element types.</param>
public sealed record CodeUsage(string Id, string Symbol, string Location, ImmutableArray<string> Kinds);
