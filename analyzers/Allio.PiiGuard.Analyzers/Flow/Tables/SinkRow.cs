using System.Collections.Immutable;

namespace Allio.PiiGuard.Analyzers.Flow.Tables;

/// <summary>One row of the sink table: a family of members that write their input somewhere personal data must not go.</summary>
/// <param name="Kind">Which rule owns the row.</param>
/// <param name="Shape">Call, construction or assignment.</param>
/// <param name="TypeName">
/// Metadata name of the type; matches the member's declaring type, its subclasses and implementers,
/// or the static type of the receiver (so <c>headers.Add</c> through <c>IDictionary</c> still matches <c>IHeaderDictionary</c>).
/// </param>
/// <param name="Display">How messages name the sink's owner (<c>ILogger</c>, <c>Response.Cookies</c>).</param>
/// <param name="Members">Method or property names; empty for constructions.</param>
/// <param name="Arguments">Which arguments are written.</param>
/// <param name="Parameters">Parameter names for <see cref="SinkArguments.Named"/>.</param>
/// <param name="Receivers">
/// When set, the call's receiver (or the assigned indexer's owner) must be a read of one of these members
/// (<c>System.Console.Out</c>, <c>System.Exception.Data</c>).
/// </param>
internal sealed record SinkRow(
    SinkKind Kind,
    SinkShape Shape,
    string TypeName,
    string Display,
    ImmutableArray<string> Members,
    SinkArguments Arguments = SinkArguments.All,
    ImmutableArray<string> Parameters = default,
    ImmutableArray<string> Receivers = default)
{
    /// <summary>Member name of a row that matches every property of its type.</summary>
    public const string AnyMember = "*";

    /// <summary>Member name of a row that matches the type's indexer.</summary>
    public const string Indexer = "this[]";
}
